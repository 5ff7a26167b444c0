import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli, startOpenAiStandIn, type OpenAiStandIn, type StandInReply, type StandInRequest } from '@switchboard/testkit';

const exampleKb = fileURLToPath(new URL('../../../examples/acme-help-center/kb', import.meta.url));

const personas = [
  '- name: refund-seeker',
  '  goal: learn how to request a refund for my last invoice',
  '  mood: calm',
  '  cohort: self-serve',
  '  facts: {invoice: INV-1001}',
  '  customer: {customerId: C-1001, plan: starter}',
  '- name: wants-person',
  '  goal: talk to a person about a billing dispute',
  '  mood: angry, short sentences',
  '  cohort: enterprise',
  '  facts: {}',
  '  customer: {plan: enterprise}',
  '- name: vague',
  '  goal: find out what the product is for',
  '  mood: unsure',
  '  cohort: prospect',
  '  facts: {}',
].join('\n');

/** What each persona's stand-in customer writes, message by message; then DONE. */
const scripts: Record<string, readonly string[]> = {
  'request a refund': ['How do I request a refund?'],
  'talk to a person': ['I want to talk to a human agent now.'],
  'what the product is for': ['What is this product for?'],
};

type Message = { role: string; content: string };

/**
 * The stand-in LLM: plays each persona from its script, judges as a careful judge would (but answers the vague
 * persona's conversation with prose, a malformed verdict), and refuses the bot's own answer calls so that it answers
 * extractively, which keeps the bot's side of the test deterministic.
 */
function respond(request: StandInRequest): StandInReply {
  const messages = (request.body['messages'] ?? []) as Message[];
  const system = messages[0]?.content ?? '';
  if (system.startsWith('You are role-playing a customer')) {
    const script = Object.entries(scripts).find(([goal]) => system.includes(goal))?.[1] ?? [];
    return { kind: 'text', text: script[messages.filter((message) => message.role === 'assistant').length] ?? 'DONE' };
  }
  if (system.startsWith('You grade a conversation')) {
    const conversation = messages[1]?.content ?? '';
    if (conversation.includes('What is this product for?')) return { kind: 'text', text: 'The bot did a fine job overall.' };
    const needed = conversation.includes('human agent');
    return {
      kind: 'text',
      text: JSON.stringify({
        goal: { completed: true, reason: needed ? 'Passed to a person.' : 'Told how to request a refund.' },
        policy: { complied: true, reason: 'Promised nothing the sources do not grant.' },
        handoff: { needed, reason: needed ? 'The customer asked for a person.' : 'A documented question.' },
      }),
    };
  }
  if (system.startsWith("You grade a customer-support bot's replies")) {
    if ((messages[1]?.content ?? '').includes('What is this product for?')) return { kind: 'text', text: 'Looks good to me!' };
    return {
      kind: 'text',
      text: JSON.stringify({ accuracy: { score: 4, reason: 'Mostly right.' }, empathy: { score: 2, reason: 'Curt.' } }),
    };
  }
  if (messages.length === 1 && system.startsWith('Rewrite the following customer query'))
    return { kind: 'text', text: system.slice(system.lastIndexOf(': ') + 2) };
  return { kind: 'status', status: 400, body: '{"error":{"message":"the bot answers extractively in this test"}}' };
}

interface SimulationJson {
  runId: string;
  summary: { conversations: number; judgeFailures: number; handoffAccuracy: number; customerModel: string; judgeModel: string };
  conversations: {
    id: string;
    persona: string;
    endedBy: string;
    passed: boolean;
    reasons: string[];
    turns: string[];
    findings: { ok: boolean; handedOff?: boolean; handoffRight?: boolean };
  }[];
  savedCases: { file: string; cases: number };
}

describe('simulate conversations against a stand-in LLM (a local OpenAI-compatible server; no real model is reachable here)', () => {
  let workspace: string;
  let standIn: OpenAiStandIn;
  let llm: Record<string, string>;

  beforeAll(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'sb-simulate-'));
    expect((await runCli(['init', workspace])).code).toBe(0);
    cpSync(exampleKb, join(workspace, 'kb'), { recursive: true });
    expect((await runCli(['-w', workspace, 'ingest'])).code).toBe(0);
    writeFileSync(join(workspace, 'personas.yaml'), personas);
    standIn = await startOpenAiStandIn({ responder: respond });
    llm = { SWITCHBOARD_LLM_BASE_URL: standIn.baseUrl, SWITCHBOARD_LLM_MODEL: 'stand-in-model' };
  });
  afterAll(async () => {
    await standIn.close();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('says to configure an LLM when none is configured, before playing anything', async () => {
    const result = await runCli(['-w', workspace, 'simulate', 'conversations', '--personas', join(workspace, 'personas.yaml')], {
      env: { SWITCHBOARD_LLM_BASE_URL: undefined, SWITCHBOARD_LLM_MODEL: undefined },
    });
    expect(result.code).toBe(78);
    expect(result.stderr).toContain('simulate conversations needs an LLM');
    expect(result.stderr).toContain('SWITCHBOARD_LLM_BASE_URL and SWITCHBOARD_LLM_MODEL');
  });

  it('plays each persona against the bot, judges every conversation, stores the run and saves the transcripts as cases', async () => {
    const saved = join(workspace, 'evals', 'simulated.yaml');
    const result = await runCli(
      ['-w', workspace, 'simulate', 'conversations', '--personas', join(workspace, 'personas.yaml'), '--n', '4', '--turns', '3'],
      { env: llm },
    );
    expect(result.code, result.stderr).toBe(0);
    const plain = result.stdout;
    expect(plain).toMatch(/run run_\w+: \d\/4 conversations passed \(simulate:personas\.yaml\)/);

    const json = await runCli(
      [
        ...['-w', workspace, 'simulate', 'conversations', '--personas', join(workspace, 'personas.yaml')],
        ...['--n', '4', '--turns', '3', '--json', '--save-cases', saved],
      ],
      { env: llm },
    );
    expect(json.code, json.stderr).toBe(0);
    const simulation = JSON.parse(json.stdout) as SimulationJson;
    const byId = new Map(simulation.conversations.map((conversation) => [conversation.id, conversation]));
    expect([...byId.keys()]).toEqual(['refund-seeker-1', 'wants-person-1', 'vague-1', 'refund-seeker-2']);

    // The customer model wrote one message and then DONE; the bot answered it from the refund article.
    expect(byId.get('refund-seeker-1')).toMatchObject({ endedBy: 'done', turns: ['How do I request a refund?'] });
    // Asking for a person transfers: the conversation ends there, and the judge found the handoff right.
    expect(byId.get('wants-person-1')).toMatchObject({
      endedBy: 'transferred',
      passed: true,
      findings: { ok: true, handedOff: true, handoffRight: true },
    });
    // Prose instead of a verdict is a recorded judge failure, and the conversation fails on it.
    const vague = byId.get('vague-1')!;
    expect(vague.passed).toBe(false);
    expect(vague.findings.ok).toBe(false);
    expect(vague.reasons.join('\n')).toContain("judge failed: the judge's reply is not one JSON object");
    expect(simulation.summary).toMatchObject({
      conversations: 4,
      judgeFailures: 1,
      customerModel: 'openai-compatible:stand-in-model',
      judgeModel: 'openai-compatible:stand-in-model',
    });

    // The customer model saw the card's goal but never the verified attributes; the judge was asked at temperature 0.
    const customerCalls = standIn.requests.filter((request) => request.prompt.startsWith('You are role-playing a customer'));
    expect(customerCalls.some((request) => request.prompt.includes('learn how to request a refund'))).toBe(true);
    expect(customerCalls.some((request) => request.prompt.includes('C-1001'))).toBe(false);
    const judgeCalls = standIn.requests.filter((request) => request.prompt.startsWith('You grade a conversation'));
    expect(judgeCalls.length).toBeGreaterThanOrEqual(8);
    expect(judgeCalls.every((request) => request.body['temperature'] === 0)).toBe(true);

    // Stored as a run, listed by `eval runs` with its conversations as cases.
    const runs = await runCli(['-w', workspace, 'eval', 'runs', '--json']);
    const listed = JSON.parse(runs.stdout) as { runId: string; casesTotal: number }[];
    expect(listed.find((run) => run.runId === simulation.runId)?.casesTotal).toBe(4);

    // The saved cases: the customer's messages as turns, the card's verified customer, expectations where bot and judge agree.
    expect(simulation.savedCases).toEqual({ file: saved, cases: 4 });
    const cases = parse(readFileSync(saved, 'utf8')) as {
      id: string;
      turns: string[];
      customer?: object;
      expect: object;
      tags: string[];
    }[];
    const person = cases.find((saved) => saved.id === 'wants-person-1')!;
    expect(person).toMatchObject({
      turns: ['I want to talk to a human agent now.'],
      customer: { plan: 'enterprise' },
      expect: { noUnloggedActionClaims: true, handoff: true },
    });
    expect(cases.find((saved) => saved.id === 'vague-1')?.tags).toContain('review-judge-failed');
    expect(cases.find((saved) => saved.id === 'vague-1')?.expect).toEqual({ noUnloggedActionClaims: true });
    // And they are a suite `eval run` plays: the same bot passes the expectations it was saved with.
    const replay = await runCli(['-w', workspace, 'eval', 'run', saved, '--json'], { env: llm });
    expect(replay.code, replay.stderr).toBe(0);
    const replayed = JSON.parse(replay.stdout) as { cases: { id: string; passed: boolean; reasons: string[] }[] };
    expect(replayed.cases.map(({ id, passed }) => [id, passed])).toEqual(cases.map(({ id }) => [id, true]));
  }, 180_000);

  it('refuses to overwrite an existing --save-cases file, before calling any model', async () => {
    const existing = join(workspace, 'evals', 'hand-written.yaml');
    writeFileSync(existing, '- id: keep-me\n  turns: [hi]\n  expect: {}\n');
    const before = standIn.requests.length;
    const result = await runCli(
      ['-w', workspace, 'simulate', 'conversations', '--personas', join(workspace, 'personas.yaml'), '--save-cases', existing],
      { env: llm },
    );
    expect(result.code).toBe(64);
    expect(result.stderr).toContain('the file exists');
    expect(standIn.requests.length).toBe(before);
    expect(readFileSync(existing, 'utf8')).toContain('keep-me');
    expect(existsSync(existing)).toBe(true);
  });

  it('grades each case of eval run --judge against the workspace rubric, recording a malformed verdict as a judge failure', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'sb-judge-'));
    try {
      // A copy of the ingested workspace with only this test's suite and rubric in evals/.
      cpSync(workspace, copy, { recursive: true });
      const evals = join(copy, 'evals');
      rmSync(evals, { recursive: true, force: true });
      writeSuite(evals);
      const before = standIn.requests.length;
      // No suite named: every evals/*.yaml runs, and evals/rubric.yaml is read as the rubric, not as a suite.
      const result = await runCli(['-w', copy, 'eval', 'run', '--judge', '--json'], { env: llm });
      expect(result.code, result.stderr).toBe(0);
      const run = JSON.parse(result.stdout) as {
        cases: { id: string; passed: boolean; judge?: { ok: boolean; score?: number; grades?: unknown[]; failure?: string } }[];
        judge: unknown;
      };
      // (3 · 0.75 + 1 · 0.25) / 4 for each graded case; the malformed verdict counts 0 in the mean.
      expect(run.judge).toEqual({ model: 'openai-compatible:stand-in-model', rubric: 'evals/rubric.yaml', meanScore: 0.4167, failures: 1 });
      const byId = new Map(run.cases.map((judged) => [judged.id, judged]));
      expect(byId.get('refund-how')?.judge).toEqual({
        ok: true,
        model: 'openai-compatible:stand-in-model',
        score: 0.625,
        grades: [
          { name: 'accuracy', score: 4, reason: 'Mostly right.' },
          { name: 'empathy', score: 2, reason: 'Curt.' },
        ],
      });
      // The judge is advisory: its failure is recorded, and the case's own verdict stands.
      expect(byId.get('vague')).toMatchObject({ passed: true, judge: { ok: false } });
      expect(byId.get('vague')?.judge?.failure).toContain('not one JSON object');

      const judgeCalls = standIn.requests
        .slice(before)
        .filter((request) => request.prompt.startsWith("You grade a customer-support bot's replies"));
      expect(judgeCalls).toHaveLength(3);
      expect(judgeCalls[0]!.prompt).toContain('- accuracy (weight 3): The answer matches what the case expects.');
      const enterprise = judgeCalls.find((request) => request.prompt.includes('I want to talk to a human agent now.'))!;
      expect(enterprise.prompt).toContain('enterprise persona: Write formally');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

/** A suite of three cases and a rubric of two criteria, in a workspace's evals/ folder. */
function writeSuite(evals: string): void {
  mkdirSync(evals, { recursive: true });
  writeFileSync(
    join(evals, 'judged.yaml'),
    [
      '- id: refund-how',
      '  turns: ["How do I request a refund?"]',
      '  expect: {handoff: false}',
      '- id: wants-human',
      '  turns: ["I want to talk to a human agent now."]',
      '  customer: {plan: enterprise}',
      '  expect: {handoff: true}',
      '- id: vague',
      '  turns: ["What is this product for?"]',
      '  expect: {}',
    ].join('\n'),
  );
  writeFileSync(
    join(evals, 'rubric.yaml'),
    [
      'criteria:',
      '  - {name: accuracy, description: The answer matches what the case expects., weight: 3}',
      '  - {name: empathy, description: The reply acknowledges how the customer feels.}',
    ].join('\n'),
  );
}
