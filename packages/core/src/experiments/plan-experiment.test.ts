import { describe, expect, it } from 'vitest';
import type { SwitchboardEvent } from '@switchboard/spec';
import { planExperiment } from './plan-experiment.js';
import { experimentDuration, proportionSampleSize } from './sample-size.js';

const from = '2026-03-01T00:00:00.000Z';
const to = '2026-03-15T00:00:00.000Z';

/** `n` customers over the 14 days, one conversation each; every fifth is handed off. */
function traffic(n: number): SwitchboardEvent[] {
  return Array.from({ length: n }, (_, i) => {
    const at = (offset: number): string => new Date(Date.parse(from) + i * 60_000 + offset * 1000).toISOString();
    const id = `c${i}`;
    return [
      { id: `${id}-1`, type: 'conversation.created', conversationId: id, at: at(0), data: { identity: { customerId: `u${i}` } } },
      { id: `${id}-2`, type: 'message.received', conversationId: id, at: at(1), data: {} },
      { id: `${id}-3`, type: 'message.answered', conversationId: id, at: at(2), data: { release: 'v1' } },
      ...(i % 5 === 0 ? [{ id: `${id}-4`, type: 'handoff.created', conversationId: id, at: at(3), data: { reason: 'x' } }] : []),
    ] as SwitchboardEvent[];
  }).flat();
}

const design = { window: { from, to }, metric: 'escalation' as const, mde: 0.05, alpha: 0.05, power: 0.8, holdoutPercent: 5, armCount: 2 };

describe('planExperiment', () => {
  it('sizes the test on the window’s baseline rate and divides by its customers per day', () => {
    const plan = planExperiment({ ...design, events: traffic(700) });
    expect(plan.baseline?.value).toBeCloseTo(0.2, 10);
    expect(plan.assumed).toBeNull();
    expect(plan.unitsPerDay).toBeCloseTo(50, 10);
    expect(plan.conversationsPerDay).toBeCloseTo(50, 10);
    const perArm = proportionSampleSize({ baseline: 0.2, minimumDetectableEffect: 0.05, alpha: 0.05, power: 0.8 }).perArm;
    expect(plan.perArm).toBe(perArm);
    expect(plan.days).toBeCloseTo(experimentDuration({ perArm, unitsPerDay: 50, armShares: [0.475, 0.475] }), 10);
  });

  it('says what it assumed when the window has too little traffic, and gives no duration without any', () => {
    const few = planExperiment({ ...design, events: traffic(10) });
    expect(few.baseline).toBeNull();
    expect(few.assumed).toContain('50%');
    expect(few.perArm).toBe(proportionSampleSize({ baseline: 0.5, minimumDetectableEffect: 0.05 }).perArm);
    const none = planExperiment({ ...design, events: [] });
    expect(none.days).toBeNull();
  });
});
