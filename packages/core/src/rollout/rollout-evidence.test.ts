import { describe, expect, it } from 'vitest';
import type { Rollout, SwitchboardEvent } from '@switchboard/spec';
import { rolloutAssignment } from './rollout-assignment.js';
import { rolloutEvidence } from './rollout-evidence.js';

const rollout: Rollout = {
  id: 'rollout_1',
  release: 'v2',
  baseline: 'v1',
  state: 'running',
  stage: 0,
  stages: [50, 100],
  firstStageIntents: ['order_status'],
  minConversations: 0,
  minHours: 0,
  salt: 'salt',
  startedAt: '2026-03-01T00:00:00.000Z',
  stageStartedAt: '2026-03-01T00:00:00.000Z',
  decisions: [],
  version: 1,
};

let counter = 0;
/** One conversation with one reply of this intent from this arm, escalated or not. */
function conversation(arm: string, intent: string, escalated: boolean): SwitchboardEvent[] {
  const conversationId = `conv_${++counter}`;
  const at = '2026-03-01T10:00:00.000Z';
  const event = (type: string, data: Record<string, unknown>): SwitchboardEvent => ({
    id: `evt_${++counter}`,
    type,
    at,
    conversationId,
    data,
  });
  return [
    event('conversation.created', {}),
    event('message.received', { text: intent }),
    event(escalated ? 'message.handoff' : 'message.answered', {
      release: arm === 'candidate' ? 'v2' : 'v1',
      arm,
      traceId: `trace_${counter}`,
      intent: { label: intent, confidence: 0.9, outOfScope: false },
      milliseconds: 10,
    }),
    ...(escalated ? [event('handoff.created', { handoffId: `handoff_${counter}`, reason: 'customer_request', queue: 'support' })] : []),
  ];
}

describe('the first stage of a rollout that lists intents', () => {
  it('gives a candidate unit the candidate only for the listed intents, and the baseline otherwise', () => {
    const units = Array.from({ length: 200 }, (_, index) => `device:${index}`);
    const candidates = units.map((unit) => rolloutAssignment(rollout, unit, 5)).filter((arm) => arm.arm === 'candidate');
    expect(candidates.length).toBeGreaterThan(60);
    for (const arm of candidates)
      expect(arm).toEqual({
        release: 'v2',
        arm: 'candidate',
        onlyIntents: ['order_status'],
        otherwise: { release: 'v1', arm: 'first-stage-excluded' },
      });
    // From the second stage on the candidate answers every intent.
    const later = units.map((unit) => rolloutAssignment({ ...rollout, stage: 1 }, unit, 5)).filter((arm) => arm.arm === 'candidate');
    for (const arm of later) expect(arm).toEqual({ release: 'v2', arm: 'candidate' });
  });

  it('compares both arms on the listed intents only, so the mix of intents makes no difference', () => {
    const events = [
      ...Array.from({ length: 10 }, () => conversation('candidate', 'order_status', false)).flat(),
      ...Array.from({ length: 10 }, () => conversation('baseline', 'order_status', false)).flat(),
      // The baseline's other intents escalate often; the candidate never answers them in this stage.
      ...Array.from({ length: 10 }, () => conversation('baseline', 'refund', true)).flat(),
      ...Array.from({ length: 5 }, () => conversation('first-stage-excluded', 'refund', true)).flat(),
    ];
    const atFirst = rolloutEvidence(rollout, events, '2026-03-02T00:00:00.000Z', 3000);
    expect(atFirst.data.escalation_rate).toEqual({
      kind: 'proportion',
      baseline: { count: 10, successes: 0 },
      candidate: { count: 10, successes: 0 },
    });
    expect(atFirst.stageUnits).toEqual({ baseline: 10, candidate: 10 });

    const atSecond = rolloutEvidence({ ...rollout, stage: 1 }, events, '2026-03-02T00:00:00.000Z', 3000);
    expect(atSecond.data.escalation_rate).toMatchObject({ baseline: { count: 20, successes: 10 }, candidate: { count: 10, successes: 0 } });
  });
});
