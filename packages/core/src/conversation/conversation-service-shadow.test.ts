/**
 * Issue 20 item 6: shadow mode. A sampled customer's message is answered again by the shadow run's candidate after the
 * production reply is committed; the customer gets production's reply, the log gets one `shadow.reply` event, and a
 * write the candidate's workflow makes runs nowhere.
 */
import { describe, expect, it } from 'vitest';
import type { ShadowRun } from '@switchboard/spec';
import { createAnswerPipeline, type AnswerPipeline } from '../pipeline/answer-pipeline.js';
import { basePipelineDependencies, refundKnowledgeIndex } from '../pipeline/__fixtures__/pipeline-fixtures.js';
import type { ToolCall, ToolExecutor } from '../workflow/tool-definition.js';
import { createWorkflowActor } from '../workflow/workflow-actor.js';
import { dryRunExecutor } from '../shadow/dry-run-executor.js';
import { shadowEventView } from '../shadow/shadow-event-view.js';
import type { ShadowService } from '../shadow/shadow-service.js';
import { createConversationService } from './conversation-service.js';
import { echoReply } from './__fixtures__/echo-reply.js';
import { memoryStores, type MemoryStores } from './__fixtures__/memory-stores.js';
import { refundIntent, refundWorkspace } from './__fixtures__/refund-approval.js';

let counter = 0;
const newId = (prefix = 'id'): string => `${prefix}_${++counter}`;
const clock = (): number => Date.parse('2026-03-01T12:00:00Z');

// A refund workflow that writes without asking for confirmation, so one message reaches the write.
const workspace = refundWorkspace({ confirm: false });

const run = (percent = 100): ShadowRun => ({
  id: 'shadow_run',
  release: 'v2',
  percent,
  salt: 'shadow:shadow_run',
  state: 'running',
  startedAt: '2026-03-01T11:00:00.000Z',
  stoppedAt: null,
  by: 'cli:ana',
  stoppedBy: null,
});

/** The shop's tool server: every call it receives, in order. */
function shop() {
  const calls: ToolCall[] = [];
  const executor: ToolExecutor = {
    async execute(_definition, call) {
      calls.push(call);
      if (call.tool === 'get_order') return { order_id: call.arguments['order_id'], total: 40 };
      return { refunded: call.arguments['amount'] };
    },
  };
  return { calls, executor };
}

/** The candidate: the real pipeline whose workflow acts, through the dry-run executor and the read-only log view. */
function candidatePipeline(stores: MemoryStores, executor: ToolExecutor): AnswerPipeline {
  const act = createWorkflowActor({ workspace, executor: dryRunExecutor(executor), events: shadowEventView(stores.events), clock, newId });
  return createAnswerPipeline({
    ...basePipelineDependencies(refundKnowledgeIndex('Refunds arrive in 5 days.'), newId),
    intent: refundIntent,
    act,
  });
}

/** Production: answers every message from the knowledge ("reply to …"), with the refund intent. */
const production: AnswerPipeline = {
  run: async (question, context = {}) =>
    echoReply(question, context, newId('trace'), { intent: { label: 'refund', confidence: 0.9, outOfScope: false } }),
};

describe('createConversationService: shadow mode', () => {
  it("gives the customer production's reply, records one shadow.reply, and never runs the candidate's write", async () => {
    const stores = memoryStores();
    const { calls, executor } = shop();
    const shadow: ShadowService = { current: async () => run(), pipelineFor: async () => candidatePipeline(stores, executor) };
    const service = createConversationService({ pipeline: production, ...stores, clock, newId, shadow });
    const conversation = await service.start({ identity: { customerId: 'cus_1' } });

    const received = await service.receive(conversation.id, { text: 'please refund order #A1' });
    await service.settle();

    expect(received.answer?.text).toBe('reply to please refund order #A1');
    const events = stores.written.events.filter((event) => event.conversationId === conversation.id);
    expect(events.map((event) => event.type)).toEqual(['conversation.created', 'message.received', 'message.answered', 'shadow.reply']);
    // The candidate read the order and made the refund only as a dry run: the shop saw the read alone.
    expect(calls.map((call) => call.tool)).toEqual(['get_order']);
    const data = events[3]!.data as Record<string, unknown> & { readonly shadow: { readonly toolCalls: unknown } };
    expect(data['runId']).toBe('shadow_run');
    expect(data['release']).toBe('v2');
    expect(data['production']).toMatchObject({
      release: 'unreleased',
      arm: 'baseline',
      messageId: received.messageId,
      traceId: received.trace?.id,
      intent: 'refund',
      text: 'reply to please refund order #A1',
    });
    expect(data['shadow']).toMatchObject({ intent: 'refund', mode: 'workflow', text: 'I have refunded 40 for order #A1.' });
    expect(data.shadow.toolCalls).toEqual([
      { tool: 'get_order', arguments: { order_id: '#A1' }, status: 'executed', dryRun: false },
      expect.objectContaining({ tool: 'refund_order', status: 'executed', dryRun: true }),
    ]);
    expect(data['comparison']).toMatchObject({ intentAgrees: true, handoffAgrees: true });
    expect(data['error']).toBeNull();
    // Nothing else of the candidate's is stored: not its messages, trace, action log or workflow state.
    expect(stores.written.messages.map((message) => message.role)).toEqual(['customer', 'bot']);
    expect(stores.written.traces.map((trace) => trace.id)).toEqual([received.trace?.id]);
  });

  it('records a candidate that fails as a shadow.reply with the error, and the customer still gets the reply', async () => {
    const stores = memoryStores();
    const failing: ShadowService = {
      current: async () => run(),
      pipelineFor: async () => ({
        run: async () => {
          throw new Error('the candidate index is missing');
        },
      }),
    };
    const service = createConversationService({ pipeline: production, ...stores, clock, newId, shadow: failing });
    const conversation = await service.start();
    const received = await service.receive(conversation.id, { text: 'hello' });
    await service.settle();
    expect(received.outcome).toBe('answered');
    const shadowed = stores.written.events.filter((event) => event.type === 'shadow.reply');
    expect(shadowed.map((event) => [event.data['error'], event.data['shadow']])).toEqual([['the candidate index is missing', null]]);
  });

  it('shadows no message while no run is on, none outside the sample, and none the bot did not answer', async () => {
    const stores = memoryStores();
    let current: ShadowRun | null = null;
    const pipelines: string[] = [];
    const shadow: ShadowService = {
      current: async () => current,
      pipelineFor: async (release) => {
        pipelines.push(release);
        return production;
      },
    };
    const service = createConversationService({ pipeline: production, ...stores, clock, newId, shadow });
    const first = await service.start();
    await service.receive(first.id, { text: 'hello' });
    // 1% of units: find one unit outside it (customer ids whose hash falls above 1%).
    current = run(1);
    const outside = await service.start({ identity: { customerId: 'cus_outside' } });
    await service.receive(outside.id, { text: 'hello' });
    await service.settle();
    expect(pipelines).toEqual([]);
    // A conversation a person owns: the message is held, and the bot made no reply to shadow.
    current = run(100);
    const held = await service.start();
    await service.requestHuman(held.id);
    await service.receive(held.id, { text: 'are you there?' });
    await service.settle();
    expect(pipelines).toEqual([]);
    expect(stores.written.events.filter((event) => event.type === 'shadow.reply')).toEqual([]);
  });

  it('shadows nothing while the kill switch is on: no pipeline ran for production to compare with', async () => {
    const stores = memoryStores();
    const pipelines: string[] = [];
    const shadow: ShadowService = {
      current: async () => run(),
      pipelineFor: async (release) => (pipelines.push(release), production),
    };
    const killSwitch = { current: async () => ({ on: true, reason: 'incident', by: 'cli:ana', at: '2026-03-01T11:00:00.000Z' }) };
    const service = createConversationService({ pipeline: production, ...stores, clock, newId, shadow, killSwitch });
    const conversation = await service.start();
    expect((await service.receive(conversation.id, { text: 'hello' })).outcome).toBe('handoff');
    await service.settle();
    expect(pipelines).toEqual([]);
  });
});
