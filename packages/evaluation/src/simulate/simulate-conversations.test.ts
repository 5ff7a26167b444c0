import { describe, expect, it } from 'vitest';
import type { ConversationService, MessageOutcome } from '@switchboard/core/conversation';
import type { PersonaCard } from '@switchboard/core/evaluation';
import type { ChatRequest, VerifiedIdentity } from '@switchboard/spec';
import { memoryEvalRunStore, memoryEventStore, scriptedChatModel } from '@switchboard/testkit';
import type { SuiteWorkspace } from '../suite/run-suites.js';
import type { EvalRun } from '../suite/suite-types.js';
import { simulateConversations } from './simulate-conversations.js';

const card = (name: string, goal: string, customer?: PersonaCard['customer']): PersonaCard => ({
  name,
  goal,
  mood: 'calm',
  cohort: 'self-serve',
  facts: {},
  ...(customer ? { customer } : {}),
});
const refund = card('refund', 'learn the refund window', { customerId: 'C-1', plan: 'starter' });
const human = card('human', 'reach a person');

/** A conversation service that answers "14 days" to everything, transfers on "person", and throws on "crash". */
function fakeWorkspace(started: (VerifiedIdentity | null)[]) {
  const runs = memoryEvalRunStore();
  let ids = 0;
  const service = {
    async start(input: { identity?: VerifiedIdentity | null } = {}) {
      started.push(input.identity ?? null);
      return { id: `conversation-${++ids}` };
    },
    async receive(_conversationId: string, { text }: { text: string }): Promise<MessageOutcome> {
      if (text.includes('crash')) throw new Error('the store is gone');
      const transfer = text.includes('person');
      return {
        answer: {
          text: transfer ? 'Connecting you with a person.' : 'Refunds are possible within 14 days [1].',
          plainText: '',
          citations: [],
          confidence: 0.9,
          handoff: transfer ? { mode: 'transferred', reason: 'customer_request' } : null,
          traceId: `trace-${ids}`,
        },
        trace: { id: `trace-${ids}`, conversationId: null, query: text, createdAt: '', stages: [], totalMilliseconds: 4 },
        handoff: null,
        outcome: transfer ? 'handoff' : 'answered',
        messageId: 'message-1',
      } as unknown as MessageOutcome;
    },
  } as unknown as ConversationService;
  const workspace: SuiteWorkspace = {
    dir: '/workspace',
    configHash: 'abc',
    gitCommit: null,
    runs,
    clock: () => Date.parse('2025-01-01T00:00:00Z'),
    newId: (prefix) => `${prefix}_1`,
    openScratch: async () => ({
      knowledgeVersion: 7,
      documents: [],
      openCase: () => ({ service, events: memoryEventStore() }),
      close: async () => {},
    }),
  };
  return { workspace, runs };
}

/** Customers by goal: each writes its lines in turn, then DONE. */
const customers = (lines: Record<string, readonly string[]>) =>
  scriptedChatModel((request: ChatRequest) => {
    const system = request.messages[0]!.content;
    const script = Object.entries(lines).find(([goal]) => system.includes(goal))?.[1] ?? [];
    return script[request.messages.filter((message) => message.role === 'assistant').length] ?? 'DONE';
  });

const verdict = (needed: boolean) =>
  JSON.stringify({
    goal: { completed: true, reason: 'Done.' },
    policy: { complied: true, reason: 'Fine.' },
    handoff: { needed, reason: needed ? 'Asked for one.' : 'Documented.' },
  });

describe('simulateConversations', () => {
  it('plays the cards in turn as verified customers, judges each conversation and stores the run', async () => {
    const started: (VerifiedIdentity | null)[] = [];
    const { workspace, runs } = fakeWorkspace(started);
    const judge = scriptedChatModel((request) => (request.messages[1]!.content.includes('person') ? verdict(true) : verdict(false)));
    const { run, cases } = await simulateConversations(workspace, {
      personasFile: 'personas.yaml',
      personas: [refund, human],
      conversations: 3,
      maxTurns: 4,
      customerModel: customers({ 'refund window': ['How long do I have for a refund?'], 'reach a person': ['Get me a person.'] }),
      judgeModel: judge,
      policy: 'Promise nothing.',
    });
    expect(run.cases.map(({ id, passed, simulation }) => [id, passed, simulation?.endedBy])).toEqual([
      ['refund-1', true, 'done'],
      ['human-1', true, 'transferred'],
      ['refund-2', true, 'done'],
    ]);
    // The card's verified attributes are the conversation's identity; a card without them plays an anonymous customer.
    expect(started).toEqual([{ customerId: 'C-1', plan: 'starter' }, null, { customerId: 'C-1', plan: 'starter' }]);
    expect(run).toMatchObject({ suites: ['simulate:personas.yaml'], knowledgeVersion: 7, configHash: 'abc' });
    expect(run.simulation).toMatchObject({ conversations: 3, goalCompletionRate: 1, handoffAccuracy: 1, judgeFailures: 0 });
    // Handoff precision and recall measure the bot against the judge's "was a handoff needed".
    expect(run.aggregates).toMatchObject({ handoffPrecision: 1, handoffRecall: 1, passed: 3 });
    expect(cases.map((saved) => [saved.id, saved.expect.handoff])).toEqual([
      ['refund-1', false],
      ['human-1', true],
      ['refund-2', false],
    ]);
    const stored = await runs.get(run.runId);
    expect(stored).toMatchObject({ casesTotal: 3, casesPassed: 3 });
    expect((JSON.parse(stored!.body) as EvalRun).simulation?.personas).toBe('personas.yaml');
  });

  it('fails a conversation whose verdict is malformed, counting it against every rate', async () => {
    const { workspace } = fakeWorkspace([]);
    const { run } = await simulateConversations(workspace, {
      personasFile: 'personas.yaml',
      personas: [refund],
      conversations: 2,
      maxTurns: 2,
      customerModel: customers({ 'refund window': ['How long do I have?'] }),
      judgeModel: scriptedChatModel('It went well.'),
      policy: 'Promise nothing.',
    });
    expect(
      run.cases.every(
        (result) => !result.passed && result.reasons[0]!.startsWith("judge failed: the judge's reply is not one JSON object"),
      ),
    ).toBe(true);
    expect(run.simulation).toMatchObject({ goalCompletionRate: 0, policyComplianceRate: 0, handoffAccuracy: 0, judgeFailures: 2 });
  });

  it('fails only the conversation whose bot throws, keeping what the customer said', async () => {
    const { workspace } = fakeWorkspace([]);
    const judge = scriptedChatModel(verdict(false));
    const { run, cases } = await simulateConversations(workspace, {
      personasFile: 'personas.yaml',
      personas: [card('crasher', 'make it crash'), refund],
      conversations: 2,
      maxTurns: 2,
      customerModel: customers({ 'make it crash': ['Please crash.'], 'refund window': ['How long?'] }),
      judgeModel: judge,
      policy: 'Promise nothing.',
    });
    expect(run.cases[0]).toMatchObject({
      id: 'crasher-1',
      passed: false,
      reasons: ['the bot failed: the store is gone'],
      turns: ['Please crash.'],
      simulation: { endedBy: 'bot-failed', findings: { ok: false } },
    });
    expect(run.cases[1]).toMatchObject({ id: 'refund-1', passed: true });
    // The failing conversation is not put to the judge, and is not a judge failure.
    expect(judge.requests).toHaveLength(1);
    expect(run.simulation?.judgeFailures).toBe(0);
    expect(cases.map((saved) => saved.id)).toEqual(['crasher-1', 'refund-1']);
  });
});
