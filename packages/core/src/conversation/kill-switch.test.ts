import { describe, expect, it } from 'vitest';
import { memoryRuntimeSwitchStore } from '@switchboard/testkit';
import type { AnswerPipeline, PipelineResult } from '../pipeline/answer-pipeline.js';
import { stageOrder } from '../pipeline/stage-order.js';
import { createConversationService } from './conversation-service.js';
import { createKillSwitch } from './kill-switch.js';
import { echoReply } from './__fixtures__/echo-reply.js';
import { memoryStores } from './__fixtures__/memory-stores.js';

let counter = 0;
const newId = (prefix = 'id'): string => `${prefix}_${++counter}`;

/** A pipeline that answers every question and counts its runs. */
function countingPipeline() {
  const runs: string[] = [];
  const pipeline: AnswerPipeline = {
    async run(question, context = {}): Promise<PipelineResult> {
      runs.push(question);
      return echoReply(question, context, newId('trace'));
    },
  };
  return { pipeline, runs };
}

function setup() {
  let now = Date.parse('2026-03-01T12:00:00Z');
  const clock = (): number => now;
  const stores = memoryStores();
  const switches = memoryRuntimeSwitchStore();
  // Two replicas over one store: each has its own cache.
  const operator = createKillSwitch({ switches, events: stores.events, clock, newId });
  const replica = createKillSwitch({ switches, events: stores.events, clock, newId, cacheMilliseconds: 1000 });
  const { pipeline, runs } = countingPipeline();
  const service = createConversationService({
    pipeline,
    ...stores,
    clock,
    newId,
    humanQueue: { queue: 'Billing', hours: 'weekdays 9-5' },
    killSwitch: replica,
  });
  return { stores, operator, replica, service, runs, advance: (ms: number) => (now += ms) };
}

describe('createKillSwitch', () => {
  it('stores who turned it on and why, and records a killswitch.changed audit event for each change', async () => {
    const { operator, stores } = setup();
    const on = await operator.set({ on: true, reason: '  refunds answers are wrong  ', by: 'ana' });
    expect(on).toEqual({ on: true, reason: 'refunds answers are wrong', by: 'ana', at: '2026-03-01T12:00:00.000Z' });
    expect(await operator.read()).toEqual(on);
    await operator.set({ on: false, by: 'cli:ops' });
    const audit = (await stores.events.list({ type: 'killswitch.changed' })).map((event) => [event.conversationId, event.data]);
    expect(audit).toEqual([
      [null, { on: true, reason: 'refunds answers are wrong', by: 'ana', wasOn: false }],
      [null, { on: false, reason: null, by: 'cli:ops', wasOn: true }],
    ]);
  });

  it("sees another replica's change once its cache window has passed, without being rebuilt", async () => {
    const { operator, replica, advance } = setup();
    expect(await replica.current()).toBeNull();
    await operator.set({ on: true, reason: 'incident', by: 'ana' });
    expect(await replica.current()).toBeNull();
    advance(1000);
    expect((await replica.current())?.on).toBe(true);
  });
});

describe('createConversationService with the kill switch', () => {
  it('hands a new message to the human queue with the honest message, running no pipeline, while the switch is on', async () => {
    const { operator, service, stores, runs, advance } = setup();
    await operator.set({ on: true, reason: 'bad refund answers', by: 'ana' });
    advance(1000);
    const conversation = await service.start();
    const outcome = await service.receive(conversation.id, { text: 'cancel my order #W123' });

    expect(runs).toEqual([]);
    expect(outcome.outcome).toBe('handoff');
    expect(outcome.answer?.text).toBe(
      "Our assistant is paused right now; a person from our Billing team will reply here (weekdays 9-5). You don't need to repeat anything: they can see what you wrote.",
    );
    expect(outcome.handoff).toMatchObject({ reason: 'kill_switch', queue: 'Billing', status: 'open' });
    expect(stores.written.handoffs.map((handoff) => handoff.reason)).toEqual(['kill_switch']);
    expect((await service.read(conversation.id)).status).toBe('handoff');
    const trace = await service.trace(outcome.trace?.id ?? '');
    expect(trace.stages[0]).toMatchObject({ name: 'kill_switch', detail: { on: true, reason: 'bad refund answers', by: 'ana' } });
    expect(trace.stages.slice(1).map((stage) => [stage.name, stage.detail])).toEqual(
      stageOrder.map((name) => [name, { skipped: 'kill switch on' }]),
    );
    expect((await stores.events.list({ conversationId: conversation.id, type: 'action.executed' })).length).toBe(0);
  });

  it('answers again through the pipeline once the switch is off', async () => {
    const { operator, service, runs, advance } = setup();
    await operator.set({ on: true, reason: 'incident', by: 'ana' });
    await operator.set({ on: false, by: 'ana' });
    advance(1000);
    const conversation = await service.start();
    const outcome = await service.receive(conversation.id, { text: 'how do refunds work?' });
    expect(runs).toEqual(['how do refunds work?']);
    expect(outcome).toMatchObject({ outcome: 'answered', handoff: null, answer: { text: 'reply to how do refunds work?' } });
  });

  it('uses the configured message in place of the default', async () => {
    const { operator, stores, advance } = setup();
    const service = createConversationService({
      pipeline: countingPipeline().pipeline,
      ...stores,
      clock: () => Date.parse('2026-03-01T12:00:05Z'),
      newId,
      humanQueue: { queue: 'Billing', hours: 'weekdays 9-5' },
      killSwitch: operator,
      killSwitchMessage: 'Paused; {queue} will answer ({hours}).',
    });
    await operator.set({ on: true, by: 'ana' });
    advance(1000);
    const outcome = await service.receive((await service.start()).id, { text: 'hello' });
    expect(outcome.answer?.text).toBe('Paused; Billing will answer (weekdays 9-5).');
  });
});
