/** Issue 20: every reply records the release and arm that produced it, chosen per customer before the pipeline runs. */
import { describe, expect, it } from 'vitest';
import type { PipelineTrace } from '@switchboard/spec';
import type { AnswerPipeline, PipelineResult } from '../pipeline/answer-pipeline.js';
import { summarizeOutcomes } from '../outcomes/summarize-outcomes.js';
import { servingReleaseAssignment, type ReleaseAssignment } from '../release/release-assignment.js';
import { createConversationService } from './conversation-service.js';
import { echoReply } from './__fixtures__/echo-reply.js';
import { IntentNotAdmitted } from '../pipeline/intent-not-admitted.js';
import { memoryStores } from './__fixtures__/memory-stores.js';

let counter = 0;
const newId = (prefix = 'id'): string => `${prefix}_${++counter}`;
const clock = (): number => Date.parse('2026-03-01T12:00:00Z');

/** Records the order of calls, so the test can tell the release was chosen before the pipeline ran. */
function recordingPipeline(calls: string[]): AnswerPipeline {
  return {
    async run(question, context = {}): Promise<PipelineResult> {
      calls.push('pipeline');
      return echoReply(question, context, newId('trace'));
    },
  };
}

describe('createConversationService: release and arm', () => {
  it('asks for the release by customer, else device, else conversation, before the pipeline runs', async () => {
    const calls: string[] = [];
    const release: ReleaseAssignment = {
      async current(unit) {
        calls.push(`release ${unit}`);
        return { release: 'v2', arm: unit.startsWith('customer:') ? 'candidate' : 'baseline' };
      },
    };
    const stores = memoryStores();
    const service = createConversationService({ pipeline: recordingPipeline(calls), ...stores, clock, newId, release });
    const verified = await service.start({ identity: { customerId: 'cus_1' }, deviceId: 'dev_1' });
    const device = await service.start({ deviceId: 'dev_2' });
    const bare = await service.start();
    const replies = [await service.receive(verified.id, { text: 'hi' }), await service.receive(device.id, { text: 'hi' })];
    await service.receive(bare.id, { text: 'hi' });

    expect(calls).toEqual([
      'release customer:cus_1',
      'pipeline',
      'release device:dev_2',
      'pipeline',
      `release conversation:${bare.id}`,
      'pipeline',
    ]);
    expect(replies.map((reply) => reply.release)).toEqual([
      { release: 'v2', arm: 'candidate' },
      { release: 'v2', arm: 'baseline' },
    ]);
    const answered = stores.written.events.filter((event) => event.type === 'message.answered');
    expect(answered.map((event) => [event.data['release'], event.data['arm']])).toEqual([
      ['v2', 'candidate'],
      ['v2', 'baseline'],
      ['v2', 'baseline'],
    ]);
    expect(stores.written.traces.map((trace) => [trace.release, trace.arm])).toEqual([
      ['v2', 'candidate'],
      ['v2', 'baseline'],
      ['v2', 'baseline'],
    ]);
  });

  it('records the serving release as the baseline, and `unreleased` without one or without the dependency', async () => {
    const served = memoryStores();
    const withServing = createConversationService({
      pipeline: recordingPipeline([]),
      ...served,
      clock,
      newId,
      release: servingReleaseAssignment('v1'),
    });
    const one = await withServing.start();
    expect((await withServing.receive(one.id, { text: 'hi' })).release).toEqual({ release: 'v1', arm: 'baseline' });
    expect(served.written.traces[0]).toMatchObject({ release: 'v1', arm: 'baseline' });

    for (const release of [servingReleaseAssignment(null), undefined]) {
      const stores = memoryStores();
      const service = createConversationService({
        pipeline: recordingPipeline([]),
        ...stores,
        clock,
        newId,
        ...(release ? { release } : {}),
      });
      const { id } = await service.start();
      expect((await service.receive(id, { text: 'hi' })).release).toEqual({ release: 'unreleased', arm: 'baseline' });
      expect(stores.written.events.find((event) => event.type === 'message.answered')?.data).toMatchObject({
        release: 'unreleased',
        arm: 'baseline',
      });
    }
  });

  it('is what the outcome summary groups by release', async () => {
    const stores = memoryStores();
    const service = createConversationService({
      pipeline: recordingPipeline([]),
      ...stores,
      clock,
      newId,
      release: servingReleaseAssignment('v3'),
    });
    const { id } = await service.start();
    await service.receive(id, { text: 'hi' });
    const traces = new Map<string, PipelineTrace>(stores.written.traces.map((trace) => [trace.id, trace]));
    const summary = summarizeOutcomes({
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-03-02T00:00:00.000Z',
      asOf: '2026-03-05T00:00:00.000Z',
      events: stores.written.events,
      traces,
      by: 'release',
    });
    expect(summary.rows.map((row) => [row.key, row.conversations])).toEqual([['v3', 1]]);
  });

  it("answers a first stage's candidate unit with the baseline for an intent the stage does not list", async () => {
    const ran: string[] = [];
    /** A release's pipeline whose intent is the question's first word, honouring `admitIntent` as the real one does. */
    const releasePipeline = (release: string): AnswerPipeline => ({
      async run(question, context = {}) {
        const intent = question.split(' ')[0] ?? null;
        if (context.admitIntent && !context.admitIntent(intent)) throw new IntentNotAdmitted(intent);
        ran.push(`${release}: ${question}`);
        return echoReply(question, context, newId('trace'), { intent: { label: intent ?? '', confidence: 0.9, outOfScope: false } });
      },
    });
    const release: ReleaseAssignment = {
      current: async () => ({
        release: 'v2',
        arm: 'candidate',
        onlyIntents: ['order_status'],
        otherwise: { release: 'v1', arm: 'first-stage-excluded' },
      }),
    };
    const stores = memoryStores();
    const service = createConversationService({
      pipeline: releasePipeline('default'),
      pipelineFor: async (name) => releasePipeline(name),
      ...stores,
      clock,
      newId,
      release,
    });
    const { id } = await service.start();
    const listed = await service.receive(id, { text: 'order_status where is my parcel' });
    const other = await service.receive(id, { text: 'refund I want my money back' });

    expect(ran).toEqual(['v2: order_status where is my parcel', 'v1: refund I want my money back']);
    expect([listed.release, other.release]).toEqual([
      { release: 'v2', arm: 'candidate' },
      { release: 'v1', arm: 'first-stage-excluded' },
    ]);
    const answered = stores.written.events.filter((event) => event.type === 'message.answered');
    expect(answered.map((event) => [event.data['release'], event.data['arm']])).toEqual([
      ['v2', 'candidate'],
      ['v1', 'first-stage-excluded'],
    ]);
    expect(stores.written.traces.map((trace) => [trace.release, trace.arm])).toEqual([
      ['v2', 'candidate'],
      ['v1', 'first-stage-excluded'],
    ]);
  });
});
