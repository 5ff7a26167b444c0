import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConversationService } from '@switchboard/core/conversation';
import type { MessageContext } from '@switchboard/core/pipeline';
import { isSwitchboardError, type EvalRunStore } from '@switchboard/spec';
import { createSqliteStores } from '@switchboard/store-sqlite';
import { memoryEvalRunStore } from '@switchboard/testkit';
import { runSuites, type SuiteWorkspace } from './run-suites.js';
import { scriptedPipeline, type ScriptedTurn } from './__fixtures__/scripted-pipeline.js';
import type { EvalRun } from './suite-types.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sb-run-suites-'));
  mkdirSync(join(dir, 'evals'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function suiteFile(name: string, text: string): string {
  const file = join(dir, 'evals', name);
  writeFileSync(file, text);
  return file;
}

const smoke = `
- id: refund
  turns: ["Can I get a refund?"]
  expect: {cites: [kb/billing/refunds.md], says: ["30 days"], intent: refund_request}
- id: person
  turns: ["Hello", "I want a person", "Are you there?"]
  customer: {customerId: c-42, plan: business, locale: de-DE}
  expect: {handoff: customer_request}
- id: cancel
  turns: ["Cancel order #W1"]
  expect: {actions: [{tool: cancel_order, args: {order_id: "#W1"}}], noUnloggedActionClaims: true}
`;

/** The rules the scripted bot answers by; `refundDays` lets a second run change one answer. */
function rules(refundDays: number) {
  return (question: string): ScriptedTurn => {
    if (/refund/i.test(question))
      return {
        text: `You can get a refund within ${refundDays} days. [1]`,
        cites: ['kb/billing/refunds.md'],
        intent: { label: 'refund_request', confidence: 0.92 },
        faithfulness: 0.75,
        costUsd: 0.0021,
        milliseconds: 12,
      };
    if (/person/i.test(question))
      return {
        text: 'A person from Acme Support will take over.',
        route: 'handoff',
        handoff: { mode: 'transferred', reason: 'customer_request', queue: 'Acme Support' },
        language: 'de',
      };
    if (/cancel/i.test(question))
      return {
        text: 'Your order is cancelled.',
        tools: [{ tool: 'cancel_order', args: { order_id: '#W1', reason: 'asked' }, status: 'executed' }],
        unsupportedClaims: ['I have refunded the shipping'],
      };
    return { text: 'Hello! How can I help?' };
  };
}

interface Harness {
  readonly workspace: SuiteWorkspace;
  readonly runs: EvalRunStore;
  /** Contexts the pipeline saw, per case opened. */
  readonly contexts: MessageContext[][];
  readonly scratch: { opened: number; closed: number };
}

function harness(refundDays: number, runs: EvalRunStore = memoryEvalRunStore(), documents = ['kb/billing/refunds.md']): Harness {
  const contexts: MessageContext[][] = [];
  const scratch = { opened: 0, closed: 0 };
  let ids = 0;
  let now = Date.parse('2026-03-01T12:00:00Z');
  const workspace: SuiteWorkspace = {
    dir,
    configHash: 'a1b2c3d4e5f60718',
    gitCommit: null,
    runs,
    clock: () => (now += 1000),
    newId: (prefix) => `${prefix ?? 'id'}-${++ids}`,
    async openScratch() {
      scratch.opened += 1;
      const stores = createSqliteStores(':memory:');
      return {
        knowledgeVersion: 7,
        documents: documents.map((path) => ({ path, url: null })),
        openCase() {
          const pipeline = scriptedPipeline(rules(refundDays), workspace.newId);
          contexts.push(pipeline.contexts);
          const { conversations, events, handoffs } = stores;
          const service = createConversationService({
            pipeline,
            conversations,
            events,
            handoffs,
            clock: () => now,
            newId: workspace.newId,
          });
          return { service, events };
        },
        async close() {
          scratch.closed += 1;
          stores.close();
        },
      };
    },
  };
  return { workspace, runs, contexts, scratch };
}

describe('runSuites', () => {
  it('plays each case as a conversation through the service, records what each turn produced, and checks it', async () => {
    const { workspace, contexts, scratch } = harness(30);
    const progress: string[] = [];
    const run = await runSuites(workspace, {
      suites: [suiteFile('smoke.yaml', smoke)],
      onProgress: (done, total, label) => progress.push(`${done}/${total} ${label}`),
    });
    expect(run.cases.map(({ id, suite, passed, reasons }) => ({ id, suite, passed, reasons }))).toEqual([
      { id: 'refund', suite: 'evals/smoke.yaml', passed: true, reasons: [] },
      { id: 'person', suite: 'evals/smoke.yaml', passed: true, reasons: [] },
      {
        id: 'cancel',
        suite: 'evals/smoke.yaml',
        passed: false,
        reasons: ['claims an action the log does not show: "I have refunded the shipping" (turn 1)'],
      },
    ]);
    const [refund, person, cancel] = run.cases;
    expect(refund!.played.replies).toEqual([
      {
        turn: 1,
        text: 'You can get a refund within 30 days. [1]',
        outcome: 'answered',
        citations: [{ path: 'kb/billing/refunds.md', url: null, chunkId: 'kb/billing/refunds.md#1' }],
        confidence: 0.8,
        handoff: null,
        intent: { label: 'refund_request', confidence: 0.92 },
        language: 'en',
        faithfulness: 0.75,
        unloggedActionClaims: [],
        traceId: expect.stringMatching(/^trace-\d+$/),
        // The trace's stages in brief: the trace itself goes with the scratch copy.
        stages: [
          { name: 'intent', milliseconds: 1, summary: '{"label":"refund_request","confidence":0.92,"outOfScope":false}' },
          { name: 'route', milliseconds: 1, summary: '{"decision":"answer","language":"en"}' },
          { name: 'generate', milliseconds: 1, summary: '{"costUsd":0.0021}' },
          { name: 'guard', milliseconds: 1, summary: '{"allowed":true,"grounding":{"faithfulness":0.75,"claims":[]}}' },
        ],
        milliseconds: 12,
        costUsd: 0.0021,
      },
    ]);
    // The case's turns and expectation travel with its verdict, so a stored run explains itself (the HTML report).
    expect([refund!.turns, refund!.expect]).toEqual([
      ['Can I get a refund?'],
      { cites: ['kb/billing/refunds.md'], says: ['30 days'], intent: 'refund_request' },
    ]);
    // The third turn is held: a person owns the conversation, and the bot says nothing.
    expect(person!.played.replies.map((reply) => [reply.turn, reply.outcome, reply.handoff, reply.language])).toEqual([
      [1, 'answered', null, 'en'],
      [2, 'handoff', { mode: 'transferred', reason: 'customer_request' }, 'de'],
    ]);
    expect(cancel!.played.actions).toEqual([{ tool: 'cancel_order', args: { order_id: '#W1', reason: 'asked' }, outcome: 'executed' }]);
    // The customer is the conversation's verified identity; an anonymous case has none.
    expect(contexts[1]![0]).toMatchObject({
      customer: { id: 'c-42', plan: 'business', locale: 'de-DE' },
      verifiedCustomerId: 'c-42',
      verifiedLocale: 'de-DE',
    });
    expect(contexts[0]![0]).toMatchObject({ customer: null, verifiedCustomerId: null });
    expect(progress).toEqual(['0/3 refund', '1/3 person', '2/3 cancel', '3/3 ']);
    expect(scratch).toEqual({ opened: 1, closed: 1 });
    expect(run.aggregates).toMatchObject({
      cases: 3,
      passed: 2,
      citationAccuracy: 1,
      intentAccuracy: 1,
      handoffRecall: 1,
      costUsd: 0.0021,
    });
    expect(run).toMatchObject({ configHash: 'a1b2c3d4e5f60718', knowledgeVersion: 7, gitCommit: null, suites: ['evals/smoke.yaml'] });
    expect(run.baseline).toBeUndefined();
    expect(run.aggregates.regressions).toBeUndefined();
    expect(run.warnings).toBeUndefined();
  });

  it("saves the run in the workspace's run store, its listing columns beside the run as JSON", async () => {
    const { workspace, runs } = harness(30);
    const run = await runSuites(workspace, { suites: [suiteFile('smoke.yaml', smoke)] });
    const stored = await runs.get(run.runId);
    expect(stored).toMatchObject({
      runId: run.runId,
      startedAt: run.startedAt,
      configHash: 'a1b2c3d4e5f60718',
      knowledgeVersion: 7,
      gitCommit: null,
      casesTotal: 3,
      casesPassed: 2,
    });
    expect(JSON.parse(stored!.body)).toEqual(run);
    expect(Date.parse(run.finishedAt)).toBeGreaterThan(Date.parse(run.startedAt));
  });

  it('names every case that passed in the baseline and fails now; a new case is no regression', async () => {
    const runs = memoryEvalRunStore();
    const before = await runSuites(harness(30, runs).workspace, { suites: [suiteFile('smoke.yaml', smoke)] });
    const grown = `${smoke}
- id: greeting
  turns: ["Hi"]
  expect: {says: ["goodbye"]}
`;
    const after = await runSuites(harness(14, runs).workspace, { suites: [suiteFile('smoke.yaml', grown)], baseline: before });
    expect(after.cases.find((result) => result.id === 'refund')?.reasons).toEqual(['says /30 days/ not found']);
    expect(after.baseline).toEqual({ runId: before.runId, regressions: ['refund'] });
    expect(after.aggregates.regressions).toBe(1);
    expect((await runs.list()).map((stored) => stored.runId)).toEqual([after.runId, before.runId]);
  });

  it('reports the problems of every suite at once and plays nothing when one is malformed', async () => {
    const { workspace, scratch } = harness(30);
    const error = await runSuites(workspace, {
      suites: [suiteFile('a.yaml', '- id: x\n  expect: {}\n'), suiteFile('b.yaml', '- id: y\n  turns: [hi]\n  expect: {says: ["("]}\n')],
    }).catch((caught: unknown) => caught);
    expect(isSwitchboardError(error) && error.code).toBe('DATASET_INVALID');
    expect((error as Error).message).toMatch(
      /^evals\/a\.yaml: case 1 \(id 'x'\): turns is missing.*\nevals\/b\.yaml: case 1 \(id 'y'\): expect\.says\[0\] is not a valid regular expression/s,
    );
    expect(scratch.opened).toBe(0);
  });

  it('plays a case whose expected source names no document of the workspace, and warns with its line', async () => {
    const { workspace, scratch } = harness(30, memoryEvalRunStore(), ['kb/billing/invoices.md']);
    const warnings: string[] = [];
    const run = await runSuites(workspace, { suites: [suiteFile('smoke.yaml', smoke)], onWarning: (message) => warnings.push(message) });
    const expected = [
      "evals/smoke.yaml: case 1 (id 'refund'): expect.cites[0] 'kb/billing/refunds.md' is not a document of the workspace (line 4)",
    ];
    expect(warnings).toEqual(expected);
    expect(run.warnings).toEqual(expected);
    // The scripted bot still cites the path, so the case is judged on what it answered.
    expect(run.cases[0]!.passed).toBe(true);
    expect(scratch).toEqual({ opened: 1, closed: 1 });
  });

  it('fails a case the service throws on with the error as its reason, and plays the others', async () => {
    const { workspace } = harness(30);
    const broken: SuiteWorkspace = {
      ...workspace,
      async openScratch() {
        const scratch = await workspace.openScratch();
        let cases = 0;
        return {
          ...scratch,
          openCase: () => {
            cases += 1;
            if (cases === 1) throw new Error('tool server unreachable');
            return scratch.openCase();
          },
        };
      },
    };
    const run: EvalRun = await runSuites(broken, { suites: [suiteFile('smoke.yaml', smoke)] });
    expect(run.cases.map((result) => [result.id, result.passed, result.reasons[0] ?? null])).toEqual([
      ['refund', false, 'could not be played: tool server unreachable'],
      ['person', true, null],
      ['cancel', false, 'claims an action the log does not show: "I have refunded the shipping" (turn 1)'],
    ]);
  });

  it('refuses a run without suites', async () => {
    await expect(runSuites(harness(30).workspace, { suites: [] })).rejects.toThrow(/no suites to run/);
  });
});
