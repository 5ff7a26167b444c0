/**
 * `simulate conversations`: plays N conversations from persona cards against the workspace's real conversation service
 * on a scratch copy of its data, has the judge grade each, stores the whole as a run in the workspace's run store and
 * returns the conversations as golden-suite cases for `--save-cases`.
 */
import type { PersonaCard } from '@switchboard/core/evaluation';
import type { ChatModel } from '@switchboard/spec';
import { playedReply } from '../suite/played-reply.js';
import { loggedActions, verifiedIdentity } from '../suite/play-suite-case.js';
import { saveEvalRun } from '../suite/save-eval-run.js';
import type { ScratchWorkspace, SuiteWorkspace } from '../suite/run-suites.js';
import { suiteAggregates, type AggregatedCase } from '../suite/suite-aggregates.js';
import type { CaseResult, EvalRun, PlayedReply, SimulatedConversation, SimulationSummary, SuiteCase } from '../suite/suite-types.js';
import { judgeTranscript } from './judge-transcript.js';
import { simulateConversation, type SimulationTranscript } from './simulate-conversation.js';
import { transcriptToCase } from './transcript-to-case.js';

export interface SimulateConversationsOptions {
  /** The persona cards file as the run names it (relative to the workspace when under it). */
  readonly personasFile: string;
  readonly personas: readonly PersonaCard[];
  /** Conversations in all, the cards taken in turn. */
  readonly conversations: number;
  /** Customer messages per conversation at most. */
  readonly maxTurns: number;
  readonly customerModel: ChatModel;
  readonly judgeModel: ChatModel;
  /** The team's policy in words, for the judge (the rubric's `policy` criterion). */
  readonly policy: string;
  readonly onProgress?: (done: number, total: number, label: string) => void;
}

export interface SimulationRun {
  /** The stored run: one case result per conversation, with `simulation` set on each and on the run. */
  readonly run: EvalRun;
  /** The conversations as suite cases (those where the customer sent something), for `--save-cases`. */
  readonly cases: readonly SuiteCase[];
}

export async function simulateConversations(workspace: SuiteWorkspace, options: SimulateConversationsOptions): Promise<SimulationRun> {
  const startedAt = new Date(workspace.clock()).toISOString();
  const scratch = await workspace.openScratch();
  const played: (AggregatedCase & { savedCase: SuiteCase | null })[] = [];
  try {
    for (let index = 0; index < options.conversations; index++) {
      const persona = options.personas[index % options.personas.length]!;
      // Numbered per card, so ids read "angry-refund-2" and stay unique in a saved file.
      const id = `${persona.name}-${Math.floor(index / options.personas.length) + 1}`;
      options.onProgress?.(index, options.conversations, id);
      played.push(await playOne(scratch, options, persona, id));
    }
    options.onProgress?.(options.conversations, options.conversations, '');
  } finally {
    await scratch.close();
  }
  const run: EvalRun = {
    runId: workspace.newId('run'),
    startedAt,
    finishedAt: new Date(workspace.clock()).toISOString(),
    configHash: workspace.configHash,
    knowledgeVersion: scratch.knowledgeVersion,
    gitCommit: workspace.gitCommit,
    suites: [`simulate:${options.personasFile}`],
    cases: played.map(({ result }) => result),
    aggregates: suiteAggregates(played),
    simulation: summary(
      options,
      played.map(({ result }) => result),
    ),
  };
  await saveEvalRun(workspace.runs, run);
  return { run, cases: played.flatMap(({ savedCase }) => (savedCase ? [savedCase] : [])) };
}

async function playOne(
  scratch: ScratchWorkspace,
  options: SimulateConversationsOptions,
  persona: PersonaCard,
  id: string,
): Promise<AggregatedCase & { savedCase: SuiteCase | null }> {
  const stage = scratch.openCase();
  const identity = verifiedIdentity({ id, turns: [], expect: {}, ...(persona.customer ? { customer: persona.customer } : {}) });
  const conversation = await stage.service.start({ identity });
  // Kept outside the loop so that a bot failure still leaves what was said before it in the run.
  const sent: string[] = [];
  const answered: PlayedReply[] = [];
  let transcript: SimulationTranscript<PlayedReply>;
  let botFailure: string | null = null;
  try {
    transcript = await simulateConversation<PlayedReply>({
      customerModel: options.customerModel,
      persona,
      maxTurns: options.maxTurns,
      bot: async (text, turn) => {
        sent.push(text);
        const outcome = await stage.service.receive(conversation.id, { text });
        // Held: a person owns the conversation after a handoff, and the bot says nothing.
        if (outcome.outcome === 'held' || !outcome.answer || !outcome.trace) return null;
        const reply = playedReply(turn, { ...outcome, answer: outcome.answer, trace: outcome.trace, outcome: outcome.outcome });
        answered.push(reply);
        return reply;
      },
    });
  } catch (error) {
    // The service failing is the bot failing: this conversation fails with the error, and the others still run.
    botFailure = `the bot failed: ${(error as Error).message}`;
    transcript = { persona, turns: sent, replies: answered, exchanges: [], endedBy: 'bot-failed' };
  }
  const findings: SimulatedConversation['findings'] = botFailure
    ? { ok: false, failure: 'not judged: the bot failed' }
    : transcript.turns.length === 0
      ? { ok: false, failure: 'not judged: the conversation has no customer message' }
      : await judgeTranscript(options.judgeModel, transcript, options.policy);
  const savedCase = transcriptToCase(id, transcript, findings);
  const simulation: SimulatedConversation = {
    persona: persona.name,
    endedBy: transcript.endedBy,
    ...(transcript.customerFailure ? { customerFailure: transcript.customerFailure } : {}),
    findings,
  };
  const reasons = botFailure ? [botFailure] : failureReasons(transcript, findings);
  const result: CaseResult = {
    id,
    suite: `simulate:${options.personasFile}`,
    passed: reasons.length === 0,
    reasons,
    played: { replies: transcript.replies, actions: await loggedActions(stage.events, conversation.id) },
    turns: transcript.turns,
    expect: savedCase?.expect ?? {},
    simulation,
  };
  // The run's handoff precision and recall measure the bot against the judge's "was a handoff needed".
  const judged: SuiteCase = {
    id,
    turns: transcript.turns,
    expect: findings.ok ? { ...result.expect, handoff: findings.handoffNeeded } : (result.expect ?? {}),
  };
  return { testCase: judged, result, savedCase };
}

/** One line per thing that went wrong; a conversation the judge could not grade fails, never passes. */
function failureReasons(transcript: SimulationTranscript<PlayedReply>, findings: SimulatedConversation['findings']): string[] {
  const reasons: string[] = [];
  if (transcript.customerFailure) reasons.push(transcript.customerFailure);
  else if (transcript.turns.length === 0) reasons.push('the simulated customer sent no message');
  if (!findings.ok) {
    // A conversation without a message was never put to the judge; its reason is above.
    if (transcript.turns.length > 0) reasons.push(`judge failed: ${findings.failure}`);
  } else {
    if (!findings.goalCompleted) reasons.push(`goal not completed: ${findings.reasons.goal}`);
    if (!findings.policyComplied) reasons.push(`policy not complied with: ${findings.reasons.policy}`);
    if (!findings.handoffRight)
      reasons.push(
        findings.handedOff
          ? `handed off, but the judge found no handoff was needed: ${findings.reasons.handoff}`
          : `did not hand off, but the judge found a handoff was needed: ${findings.reasons.handoff}`,
      );
  }
  for (const reply of transcript.replies)
    for (const claim of reply.unloggedActionClaims) reasons.push(`turn ${reply.turn} claims an action the log does not show: "${claim}"`);
  return reasons;
}

/** Shares over every conversation: one the judge could not grade counts against each rate. */
function summary(options: SimulateConversationsOptions, results: readonly CaseResult[]): SimulationSummary {
  const findings = results.map((result) => result.simulation!.findings);
  const share = (test: (found: Extract<SimulatedConversation['findings'], { ok: true }>) => boolean): number | null =>
    results.length === 0 ? null : Math.round((findings.filter((found) => found.ok && test(found)).length / results.length) * 1e4) / 1e4;
  return {
    personas: options.personasFile,
    conversations: results.length,
    maxTurns: options.maxTurns,
    customerModel: options.customerModel.id,
    judgeModel: options.judgeModel.id,
    goalCompletionRate: share((found) => found.goalCompleted),
    policyComplianceRate: share((found) => found.policyComplied),
    handoffAccuracy: share((found) => found.handoffRight),
    // Only conversations put to the judge: one that failed before a message (or on the bot) is counted elsewhere.
    judgeFailures: results.filter((result) => !result.simulation!.findings.ok && judged(result)).length,
    customerFailures: results.filter((result) => result.simulation!.customerFailure !== undefined).length,
  };
}

function judged(result: CaseResult): boolean {
  return (result.turns?.length ?? 0) > 0 && result.simulation?.endedBy !== 'bot-failed';
}
