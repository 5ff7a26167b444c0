import { describe, expect, it } from 'vitest';
import { shippedSafetyModels } from '@switchboard/models';
import type { EventStore, SwitchboardEvent } from '@switchboard/spec';
import type { GenerativeAnswerer } from '../generation/generative-answerer.js';
import type { IntentClassifier } from '../intent/intent-classifier.js';
import { createDefaultSafetyFilter } from '../safety/default-safety-filter.js';
import type { ToolCall, ToolExecutor } from '../workflow/tool-definition.js';
import { createWorkflowActor } from '../workflow/workflow-actor.js';
import { parseWorkflowWorkspace } from '../workflow/workflow-workspace.js';
import { createAnswerPipeline, type AnswerPipelineDependencies } from './answer-pipeline.js';
import { IntentNotAdmitted } from './intent-not-admitted.js';
import { basePipelineDependencies, generatorReturning, refundKnowledgeIndex } from './__fixtures__/pipeline-fixtures.js';

let counter = 0;
const newId = (prefix = 'id'): string => `${prefix}_${++counter}`;
const clock = (): number => Date.parse('2026-03-01T12:00:00Z');

function memoryEvents(): EventStore & { all: SwitchboardEvent[] } {
  const all: SwitchboardEvent[] = [];
  return {
    all,
    append: async (event) => void all.push(event),
    list: async (query = {}) =>
      all.filter((e) => (!query.conversationId || e.conversationId === query.conversationId) && (!query.type || e.type === query.type)),
  };
}

const workspace = parseWorkflowWorkspace({
  tools: {
    file: 'tools.yaml',
    value: {
      servers: { shop: { kind: 'shop' } },
      tools: [
        {
          name: 'refund_order',
          description: 'Refund an order in full.',
          server: 'shop',
          writes: true,
          idempotent: false,
          arguments: { type: 'object', required: ['order_id'], properties: { order_id: { type: 'string' } } },
          result: { type: 'object', required: ['refunded'] },
        },
      ],
    },
  },
  policy: { file: 'policy.yaml', value: { confirmWrites: true } },
  workflows: [
    {
      file: 'workflows/refund-order.yaml',
      value: {
        name: 'refund-order',
        intents: ['refund'],
        steps: [
          { collect: 'order_id', prompt: 'Which order should I refund?', pattern: '#A\\d+' },
          { confirm: 'Refund order {{slots.order_id}} in full (yes/no)?' },
          { call: 'refund_order', arguments: { order_id: '{{slots.order_id}}' } },
          { reply: 'I have refunded order {{slots.order_id}}.' },
        ],
      },
    },
  ],
});

function setup(options: { killSwitch?: boolean; confidence?: number; generated?: string } = {}) {
  const calls: ToolCall[] = [];
  const executor: ToolExecutor = {
    async execute(_definition, call) {
      calls.push(call);
      return call.tool === 'handoff_to_human' ? 'handed off' : { refunded: true };
    },
  };
  const events = memoryEvents();
  const index = refundKnowledgeIndex(
    'Annual plans can be refunded within 30 days of purchase. When we have refunded your order, the money arrives in 5 days.',
  );
  const intent = {
    predict: () => ({ label: 'refund', confidence: options.confidence ?? 0.9, outOfScope: false, probabilities: [] }),
  } as unknown as IntentClassifier;
  const generator: GenerativeAnswerer | null = options.generated
    ? generatorReturning((request) => ({
        text: options.generated ?? '',
        citations: request.extractiveFallback.citations,
        route: { tier: 'large', reason: 'hard', difficulty: 0.5 },
      }))
    : null;
  const act = createWorkflowActor({ workspace, executor, events, clock, newId, killSwitch: options.killSwitch ?? false });
  const deps: AnswerPipelineDependencies = {
    ...basePipelineDependencies(index, newId),
    safety: createDefaultSafetyFilter({ models: shippedSafetyModels }),
    intent,
    generator,
    act,
  };
  const pipeline = createAnswerPipeline(deps);
  /**
   * One message as the conversation service handles it: the pipeline decides and writes nothing; then what it
   * returned is committed, so the next message sees the workflow's state.
   */
  const say = async (text: string, conversationId: string) => {
    const before = events.all.length;
    const result = await pipeline.run(text, { conversationId });
    expect(events.all).toHaveLength(before);
    for (const event of result.events)
      await events.append({ id: newId('evt'), at: new Date(clock()).toISOString(), conversationId, ...event });
    return result;
  };
  return { say, calls, events, deps };
}

describe('the act stage and the claim check in the pipeline', () => {
  it('blocks a generated reply claiming a refund that is not in the action log, and logs it', async () => {
    const { say, events } = setup({ generated: "I've refunded your order. [1]", confidence: 0.2 });
    const { answer, trace } = await say('how do I get a refund for my annual plan?', 'c1');
    expect(answer.text).not.toMatch(/refunded/);
    expect(answer.handoff).toEqual({ mode: 'offered', reason: 'unsupported_claim', queue: 'Acme Support' });
    const guard = trace.stages.find((s) => s.name === 'guard')?.detail;
    expect(guard).toMatchObject({ allowed: false, violations: [], unsupportedClaims: ["I've refunded your order."] });
    const blocked = events.all.find((e) => e.type === 'claim.blocked');
    expect(blocked?.conversationId).toBe('c1');
    expect(blocked?.data['blockedText']).toContain("I've refunded your order");
  });

  it('blocks the same claim with no actor configured at all', async () => {
    const { deps } = setup({ generated: "I've refunded your order. [1]" });
    const pipeline = createAnswerPipeline({ ...deps, act: null });
    const { answer } = await pipeline.run('how do I get a refund for my annual plan?', { conversationId: 'c2' });
    expect(answer.text).not.toMatch(/refunded/);
  });

  it('keeps a sentence quoted from the cited knowledge, which states policy rather than an action', async () => {
    const { say } = setup({ generated: 'Annual plans can be refunded within 30 days of purchase. [1]', confidence: 0.2 });
    const { answer } = await say('how do I get a refund for my annual plan?', 'c3');
    expect(answer.text).toContain('Annual plans can be refunded within 30 days of purchase.');
  });

  it('starts the workflow the intent selects, keeps its state across messages, and reports what the log backs', async () => {
    const { say, calls } = setup();
    const first = await say('I want a refund for order #A12345', 'c4');
    expect(first.answer.text).toBe('Refund order #A12345 in full (yes/no)?');
    expect(first.trace.stages.find((s) => s.name === 'retrieve')?.detail).toEqual({ skipped: 'workflow refund-order took the message' });
    expect(calls).toEqual([]);
    const unclear = await say('hmm, what do you mean', 'c4');
    expect(unclear.answer.text).toBe('Please answer yes or no. Refund order #A12345 in full (yes/no)?');
    const second = await say('yes please', 'c4');
    expect(calls).toEqual([{ tool: 'refund_order', arguments: { order_id: '#A12345' } }]);
    expect(second.answer.text).toBe('I have refunded order #A12345.');
    expect(second.answer.handoff).toBeNull();
    expect(second.facts.toolsRun).toEqual([{ name: 'refund_order', outcome: 'executed' }]);
    // That run is finished: the next refund request starts a fresh one instead of continuing it.
    const third = await say('I would like another refund', 'c4');
    expect(third.answer.text).toBe('Which order should I refund?');
  });

  it('does not start a workflow when the intent is below the action confidence threshold', async () => {
    const { say, calls } = setup({ confidence: 0.4 });
    const { answer, trace } = await say('I want a refund for order #A12345', 'c5');
    expect(answer.text).not.toContain('Refund order #A12345');
    expect(trace.stages.find((s) => s.name === 'act')?.detail).toMatchObject({ skipped: 'no workflow under way or selected' });
    expect(calls).toEqual([]);
  });

  it('turns the write into a handoff when the kill switch is on', async () => {
    const { say, calls } = setup({ killSwitch: true });
    await say('I want a refund for order #A12345', 'c6');
    const { answer, facts } = await say('yes', 'c6');
    expect(calls.map((call) => call.tool)).toEqual(['handoff_to_human']);
    expect(answer.handoff).toEqual({ mode: 'transferred', reason: 'kill_switch', queue: 'Acme Support' });
    expect(answer.text).toMatch(/automated changes are switched off/);
    expect(answer.text).not.toMatch(/refunded/);
    expect(facts.toolsRun).toEqual([
      { name: 'refund_order', outcome: 'blocked' },
      { name: 'handoff_to_human', outcome: 'executed' },
    ]);
  });

  it('stops after the intent stage when the intent is not admitted, before any workflow could act', async () => {
    const { deps, calls, events } = setup();
    const asked: (string | null)[] = [];
    const pipeline = createAnswerPipeline(deps);
    const admitIntent = (intent: string | null) => (asked.push(intent), intent === 'order_status');
    await expect(pipeline.run('I want a refund for order #A12345', { conversationId: 'c7', admitIntent })).rejects.toEqual(
      new IntentNotAdmitted('refund'),
    );
    expect(asked).toEqual(['refund']);
    expect(calls).toEqual([]);
    expect(events.all).toEqual([]);
    // Admitted, the same message starts the workflow as before.
    const admitted = await pipeline.run('I want a refund for order #A12345', { conversationId: 'c8', admitIntent: () => true });
    expect(admitted.trace.stages.find((stage) => stage.name === 'act')?.detail).toMatchObject({ workflow: 'refund-order' });
  });
});
