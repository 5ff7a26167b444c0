import { describe, expect, it } from 'vitest';
import type { SwitchboardEvent } from '@switchboard/spec';
import { analyseExperiment } from './analyse-experiment.js';
import { experimentUnits, type ExperimentUnit } from './experiment-units.js';

const createdAt = '2026-03-10T00:00:00.000Z';
const asOf = '2026-03-20T00:00:00.000Z';
let seq = 0;

/** One conversation of `customer` at `at`: a question, the bot's answer from `release`, maybe a handoff and a rating. */
function conversation(
  customer: string,
  at: string,
  reply: { release: string; arm?: string; intent?: string; language?: string },
  outcome: { escalated?: boolean; csat?: number } = {},
): SwitchboardEvent[] {
  const id = `c${++seq}`;
  const time = Date.parse(at);
  const event = (offset: number, type: string, data: Record<string, unknown>): SwitchboardEvent =>
    ({ id: `e${++seq}`, type, conversationId: id, at: new Date(time + offset * 1000).toISOString(), data }) as SwitchboardEvent;
  return [
    event(0, 'conversation.created', { identity: { customerId: customer } }),
    event(1, 'message.received', { text: 'hello' }),
    event(2, 'message.answered', {
      release: reply.release,
      arm: reply.arm ?? 'baseline',
      intent: { label: reply.intent ?? 'billing', outOfScope: false },
      persona: 'default',
      language: reply.language ?? 'en',
      traceId: `t${seq}`,
    }),
    ...(outcome.escalated ? [event(3, 'handoff.created', { reason: 'customer_request' })] : []),
    ...(outcome.csat === undefined ? [] : [event(4, 'feedback.recorded', { csat: outcome.csat })]),
  ];
}

const day = (offset: number, customer: number): string =>
  new Date(Date.parse(createdAt) + offset * 86_400_000 + customer * 1000).toISOString();

describe('analyseExperiment over the event log', () => {
  it('finds a known rise in escalations from the replies’ releases, with the effect inside its intervals', () => {
    // 600 customers alternate between the releases; v1 escalates 1 in 5, v2 2 in 5. Each also had one conversation before.
    const events = Array.from({ length: 600 }, (_, i) => {
      const release = i % 2 === 0 ? 'v1' : 'v2';
      const k = Math.floor(i / 2) % 5;
      return [
        ...conversation(`u${i}`, day(-3, i), { release: 'v1' }, { escalated: k === 0 }),
        ...conversation(
          `u${i}`,
          day(1, i),
          { release, intent: i % 4 < 2 ? 'billing' : 'shipping' },
          { escalated: release === 'v1' ? k === 0 : k < 2 },
        ),
      ];
    }).flat();
    const experiment = {
      arms: [
        { name: 'A', release: 'v1' },
        { name: 'B', release: 'v2' },
      ],
      metric: 'escalation' as const,
      salt: 's1',
      createdAt,
    };
    const { units, assignedBy } = experimentUnits({ events, experiment, asOf });
    expect(assignedBy).toBe('release');
    expect(units).toHaveLength(600);
    expect(units.every((unit) => unit.covariate !== undefined)).toBe(true);

    const analysis = analyseExperiment(units, { arms: ['A', 'B'], alpha: 0.05, mde: 0.05 });
    expect(analysis.arms.map((arm) => [arm.name, arm.units])).toEqual([
      ['A', 300],
      ['B', 300],
    ]);
    expect(analysis.arms[0]?.mean).toBeCloseTo(0.2, 10);
    expect(analysis.arms[1]?.mean).toBeCloseTo(0.4, 10);
    expect(analysis.unadjusted?.difference).toBeCloseTo(0.2, 10);
    expect(analysis.unadjusted?.relativeLift?.estimate).toBeCloseTo(1, 10);
    for (const comparison of [analysis.unadjusted, analysis.adjusted]) {
      expect(comparison?.interval.lower).toBeLessThan(0.2);
      expect(comparison?.interval.upper).toBeGreaterThan(0.2);
      expect(comparison?.alwaysValidInterval.lower).toBeGreaterThan(0);
      expect(comparison?.alwaysValidPValue).toBeLessThan(0.05);
    }
    expect(analysis.srm.mismatch).toBe(false);
    expect(analysis.verdict).toBe('significant');
    expect(analysis.segments.intent.map((segment) => [segment.segment, segment.units])).toEqual([
      ['billing', 300],
      ['shipping', 300],
    ]);
    expect(analysis.segments.intent.every((segment) => segment.comparison !== null)).toBe(true);
    expect(analysis.segments.language).toEqual([expect.objectContaining({ segment: 'en', units: 600 })]);
  });

  it('finds nothing in an A/A test: one release, split by the experiment’s salt', () => {
    const events = Array.from({ length: 600 }, (_, i) =>
      conversation(`u${i}`, day(1, i), { release: 'v1' }, { escalated: i % 5 === 0 }),
    ).flat();
    const experiment = {
      arms: [
        { name: 'A', release: 'v1' },
        { name: 'B', release: 'v1' },
      ],
      metric: 'escalation' as const,
      salt: 'aa-salt',
      createdAt,
    };
    const { units } = experimentUnits({ events, experiment, asOf });
    const analysis = analyseExperiment(units, { arms: ['A', 'B'], alpha: 0.05, mde: 0.05 });
    const [a, b] = analysis.arms;
    expect((a?.units ?? 0) + (b?.units ?? 0)).toBe(600);
    expect(Math.min(a?.units ?? 0, b?.units ?? 0)).toBeGreaterThan(250);
    expect(analysis.srm.mismatch).toBe(false);
    expect(analysis.adjusted?.alwaysValidPValue).toBeGreaterThan(0.05);
    expect(analysis.adjusted?.alwaysValidInterval.lower).toBeLessThan(0);
    expect(analysis.adjusted?.alwaysValidInterval.upper).toBeGreaterThan(0);
    expect(analysis.verdict).toBe('not yet');
  });

  it('uses the arm the replies recorded when the serving side assigned the experiment’s arms', () => {
    const events = [
      ...conversation('x', day(1, 0), { release: 'v1', arm: 'A' }, { csat: 4 }),
      ...conversation('y', day(1, 1), { release: 'v2', arm: 'B' }, { csat: 5 }),
    ];
    const experiment = {
      arms: [
        { name: 'A', release: 'v1' },
        { name: 'B', release: 'v2' },
      ],
      metric: 'csat' as const,
      salt: 's',
      createdAt,
    };
    const { units, assignedBy } = experimentUnits({ events, experiment, asOf });
    expect(assignedBy).toBe('recorded');
    expect(units.map((unit) => [unit.unit, unit.arm, unit.outcome])).toEqual([
      ['customer:x', 'A', 4],
      ['customer:y', 'B', 5],
    ]);
  });
});

describe('analyseExperiment on units', () => {
  /** A deterministic stand-in for noise: a fixed sequence in [−1, 1). */
  const noise = (i: number, salt: number): number => (((i * 7919 + salt * 104_729) % 1000) / 500 - 1) * 1.5;

  it('narrows the interval with CUPED when the pre-period predicts the outcome, and keeps the estimate', () => {
    const units: ExperimentUnit[] = Array.from({ length: 400 }, (_, i) => {
      const habit = 3 + noise(i, 1);
      const arm = i % 2 === 0 ? 'A' : 'B';
      return {
        unit: `customer:${i}`,
        arm,
        covariate: habit,
        outcome: habit + (arm === 'B' ? 0.2 : 0) + noise(i, 2) * 0.3,
        segments: { intent: 'billing', persona: 'default', language: 'en' },
      };
    });
    const analysis = analyseExperiment(units, { arms: ['A', 'B'], alpha: 0.05, mde: 0.1 });
    const width = (interval: { lower: number; upper: number } | undefined): number => (interval ? interval.upper - interval.lower : NaN);
    expect(analysis.cuped.correlationSquared).toBeGreaterThan(0.8);
    expect(analysis.cuped.unitsWithPrePeriod).toBe(400);
    expect(width(analysis.adjusted?.interval)).toBeLessThan(0.5 * width(analysis.unadjusted?.interval));
    expect(width(analysis.adjusted?.alwaysValidInterval)).toBeLessThan(0.5 * width(analysis.unadjusted?.alwaysValidInterval));
    expect(analysis.adjusted?.difference).toBeCloseTo(0.2, 1);
    expect(analysis.verdict).toBe('significant');
    expect(analysis.unadjusted?.alwaysValidPValue).toBeGreaterThan(analysis.adjusted?.alwaysValidPValue ?? 1);
  });

  it('flags a sample-ratio mismatch on a skewed split, and the flag overrides a significant effect', () => {
    const units: ExperimentUnit[] = Array.from({ length: 1000 }, (_, i) => {
      const arm = i < 600 ? 'A' : 'B';
      return {
        unit: `customer:${i}`,
        arm,
        outcome: arm === 'A' ? (i % 5 === 0 ? 1 : 0) : i % 5 < 3 ? 1 : 0,
        segments: { intent: 'billing', persona: 'default', language: 'en' },
      };
    });
    const analysis = analyseExperiment(units, { arms: ['A', 'B'], alpha: 0.05, mde: 0.02 });
    expect(analysis.srm.mismatch).toBe(true);
    expect(analysis.srm.pValue).toBeLessThan(1e-9);
    expect(analysis.adjusted?.alwaysValidPValue).toBeLessThan(0.05);
    expect(analysis.verdict).toBe('srm');
  });

  it('gives each arm Student’s t interval for its mean, as R’s t.test does', () => {
    // R: t.test(1:5)$conf.int is [1.036757, 4.963243]; t.test(c(2, 4, 4, 6))$conf.int is [1.401543, 6.598457].
    const row = (unit: string, arm: string, outcome: number): ExperimentUnit => ({
      unit,
      arm,
      outcome,
      segments: { intent: 'x', persona: 'p', language: 'en' },
    });
    const units = [
      ...[1, 2, 3, 4, 5].map((value) => row(`a${value}`, 'A', value)),
      ...[2, 4, 4, 6].map((value, i) => row(`b${i}`, 'B', value)),
    ];
    const [baseline, candidate] = analyseExperiment(units, { arms: ['A', 'B'], alpha: 0.05, mde: 1 }).arms;
    expect(baseline?.interval?.lower).toBeCloseTo(1.036757, 5);
    expect(baseline?.interval?.upper).toBeCloseTo(4.963243, 5);
    expect(candidate?.interval?.lower).toBeCloseTo(1.401543, 5);
    expect(candidate?.interval?.upper).toBeCloseTo(6.598457, 5);
  });

  it('is not yet decided while an arm has fewer than two measured units', () => {
    const units: ExperimentUnit[] = [
      { unit: 'a', arm: 'A', outcome: 1, segments: { intent: 'x', persona: 'p', language: 'en' } },
      { unit: 'b', arm: 'B', outcome: null, segments: { intent: 'x', persona: 'p', language: 'en' } },
    ];
    const analysis = analyseExperiment(units, { arms: ['A', 'B'], alpha: 0.05, mde: 0.02 });
    expect(analysis.unadjusted).toBeNull();
    expect(analysis.verdict).toBe('not yet');
    expect(analysis.arms.map((arm) => [arm.units, arm.measured])).toEqual([
      [1, 1],
      [1, 0],
    ]);
  });
});
