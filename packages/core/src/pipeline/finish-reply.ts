/** Turns a route and a knowledge answer into the reply: persona, language note, actions, then the output guard. */
import type { Answer, Citation, CustomerInfo, Handoff } from '@switchboard/spec';
import { renderPlainText } from '../answer/render-plain-text.js';
import { checkGrounding } from '../generation/grounding-check.js';
import { createOutputGuard, defaultProhibitedPhrases, type OutputGuardVerdict } from '../guardrails/output-guard.js';
import { handoffNotice, unavailableNotice, unreliableAnswerNotice } from '../handoff/handoff-notice.js';
import type { IntentPrediction } from '../intent/intent-classifier.js';
import { applyPersona, type EscalationPath } from '../persona/apply-persona.js';
import type { PersonaName } from '../persona/choose-persona.js';
import type { ConversationTurn } from '../rewrite/conversation-rewriter.js';
import type { SafetyCheck } from '../safety/safety-filter.js';
import type { KnowledgeAnswer } from './answer-from-knowledge.js';
import type { ActionLogEntry } from '../workflow/action-log.js';
import type { ActTurn } from '../workflow/actor.js';
import type { ClaimVerdict } from '../workflow/claim-verifier.js';
import type { ToolDefinition } from '../workflow/tool-definition.js';
import { verifyReplyClaims } from '../workflow/verify-reply-claims.js';
import { englishOnlyNote } from './english-only-note.js';
import type { GuardrailSettings, RouteDecision } from './route-message.js';
import { round, type StageRecorder } from './stage-recorder.js';

export interface Reply {
  readonly answer: Omit<Answer, 'traceId'>;
  readonly guard: OutputGuardVerdict;
  /** Claims of actions in the reply and those the action log does not back (a reply with any is replaced). */
  readonly claims: ClaimVerdict;
  /** The text the guard or the claim check replaced, kept for the audit event only. */
  readonly blockedText: string | null;
  readonly facts: {
    readonly route: RouteDecision['decision'];
    /** `outOfScope`: the label is the classifier's out-of-scope label, naming what the message was not about. */
    readonly intent: { readonly label: string; readonly confidence: number; readonly outOfScope: boolean } | null;
    readonly safety: { readonly category: string; readonly action: string } | null;
    readonly retrieved: KnowledgeAnswer['retrieved'];
    readonly toolsRun: readonly { readonly name: string; readonly outcome: string }[];
    readonly persona: PersonaName | null;
    readonly language: string | null;
    readonly mode: 'extractive' | 'generated' | 'handoff' | 'refusal' | 'unavailable' | 'workflow';
  };
}

export interface ReplyInput {
  readonly route: RouteDecision;
  readonly knowledge: KnowledgeAnswer | null;
  /** The workflow's turn, when a workflow took this message (the knowledge path did not run). */
  readonly acted?: ActTurn | null;
  readonly safety: SafetyCheck | null;
  readonly intent: IntentPrediction | null;
  readonly question: string;
  readonly history: readonly ConversationTurn[];
  readonly customer: CustomerInfo | null;
}

export interface ReplySettings {
  readonly stages: StageRecorder;
  readonly guardrails: GuardrailSettings;
  readonly escalation: EscalationPath;
  /** This conversation's action log and the tools' effects, for the claim check. */
  readonly actions?: { readonly log: readonly ActionLogEntry[]; readonly tools: readonly Pick<ToolDefinition, 'name' | 'effects'>[] };
  readonly persona: PersonaName | null;
}

const refusalText =
  "I can't help with that request. If you have a question about your account or our product, I'm happy to help with that.";

export async function finishReply(input: ReplyInput, settings: ReplySettings): Promise<Reply> {
  const { route, knowledge } = input;
  const { escalation } = settings;
  const offered = (reason: string): Handoff => ({ mode: 'offered', reason, queue: escalation.queue });
  let text: string;
  let citations: readonly Citation[] = [];
  let confidence = 0;
  let handoff: Handoff | null = null;
  let mode: Reply['facts']['mode'];
  let toolsRun: Reply['facts']['toolsRun'] = [];
  let toolEvidence: string[] = [];

  if (route.decision === 'refuse') {
    text = refusalText;
    mode = 'refusal';
  } else if (route.decision === 'handoff') {
    text = handoffNotice({ ...escalation, safetyMessage: input.safety?.message });
    handoff = { mode: 'transferred', reason: route.reason ?? 'customer_request', queue: escalation.queue };
    mode = 'handoff';
  } else if (input.acted) {
    const acted = input.acted;
    text = acted.text;
    confidence = 1;
    mode = 'workflow';
    handoff = acted.handoff ? { mode: 'transferred', reason: acted.handoff.reason, queue: escalation.queue } : null;
    toolsRun = acted.toolsRun.map(({ name, outcome }) => ({ name, outcome }));
    toolEvidence = [...acted.evidence];
  } else if (!knowledge) {
    text = unavailableNotice(escalation);
    handoff = offered('unavailable');
    mode = 'unavailable';
  } else {
    ({ text, citations, confidence } = knowledge);
    mode = knowledge.mode;
    if (knowledge.declined) handoff = knowledge.mode === 'handoff' ? offered('generation_failed') : offered('low_confidence');
    if (settings.persona && knowledge.mode === 'extractive' && !knowledge.declined && knowledge.sentences.length > 0) {
      ({ text, citations } = applyPersona(settings.persona, knowledge.sentences, knowledge.citations, escalation));
    }
    settings.stages.record('persona', { persona: settings.persona, applied: settings.persona !== null && knowledge.mode === 'extractive' });
  }
  // A generated answer was asked for in the customer's language and checked to be in it (generation/reply-language.ts).
  // The note is its own paragraph: the answer may open with a numbered list.
  if (route.foreignLanguage && route.language && mode !== 'generated') text = `${englishOnlyNote(route.language)}\n\n${text}`;

  const evidence = [
    ...citations.map((citation) => knowledge?.chunkTexts.get(citation.chunkId) ?? ''),
    ...toolEvidence,
    input.safety?.message ?? '',
  ];
  // Every fact-stating sentence against the chunks its [n] markers cite: recorded claim by claim for the trace (the
  // console shows it). Extractive sentences are quoted, so they pass; a generated answer was held to it already.
  // Marker [n] is the n-th source the check reads.
  const quotesKnowledge = (mode === 'extractive' || mode === 'generated') && handoff === null;
  const sources = Array.from({ length: Math.max(0, ...citations.map((citation) => citation.index)) }, (_, position) => {
    const citation = citations.find((candidate) => candidate.index === position + 1);
    return {
      id: citation?.chunkId ?? '',
      title: citation?.title ?? '',
      text: citation ? (knowledge?.chunkTexts.get(citation.chunkId) ?? '') : '',
    };
  });
  const { guard, claims } = await settings.stages.timed(
    'guard',
    async () => ({
      // Only an answer from the knowledge quotes chunks; a workflow's reply rests on the action log (the claim check
      // below), and a handoff, refusal or decline states no fact of the knowledge.
      grounding: quotesKnowledge ? await checkGrounding(text, sources) : null,
      guard: createOutputGuard({ prohibitedPhrases: [...defaultProhibitedPhrases, ...settings.guardrails.prohibitedPhrases] })({
        text,
        evidence,
        allowedNames: [escalation.queue, ...settings.guardrails.allowedNames],
        customerTexts: [
          input.question,
          ...input.history.filter((t) => t.speaker === 'customer').map((t) => t.text),
          JSON.stringify(input.customer ?? {}),
        ],
      }),
      claims: verifyReplyClaims({
        text,
        log: settings.actions?.log ?? [],
        tools: settings.actions?.tools ?? [],
        quoted: [
          ...citations.map((citation) => knowledge?.chunkTexts.get(citation.chunkId) ?? ''),
          // The composer only quotes, so its sentences are knowledge; a generated answer's are not, and stay checked.
          ...(mode === 'extractive' && knowledge ? knowledge.sentences.map((sentence) => sentence.text) : []),
        ],
      }),
    }),
    (value) => ({
      allowed: value.guard.allowed && value.claims.allowed,
      violations: value.guard.violations,
      ...(value.claims.allowed ? {} : { unsupportedClaims: value.claims.unsupported.map((claim) => claim.text) }),
      grounding: value.grounding
        ? { faithfulness: value.grounding.faithfulness, claims: value.grounding.claims }
        : { skipped: `a ${mode} reply quotes no knowledge` },
    }),
  );
  let blockedText: string | null = null;
  if (!guard.allowed || !claims.allowed) {
    blockedText = text;
    text = unreliableAnswerNotice(escalation);
    citations = [];
    handoff = handoff?.mode === 'transferred' ? handoff : offered(guard.allowed ? 'unsupported_claim' : 'output_guard');
  }
  return {
    answer: { text, plainText: renderPlainText(text, citations), citations: [...citations], confidence, handoff },
    guard,
    claims,
    blockedText,
    facts: {
      route: route.decision,
      intent: input.intent
        ? { label: input.intent.label, confidence: round(input.intent.confidence), outOfScope: input.intent.outOfScope }
        : null,
      safety: input.safety?.category ? { category: input.safety.category, action: input.safety.action } : null,
      retrieved: knowledge?.retrieved ?? [],
      toolsRun,
      persona: settings.persona,
      language: route.language,
      mode,
    },
  };
}
