import { describe, expect, it } from 'vitest';
import { decideRolloutTick, type RolloutTickState } from './decide-rollout-tick.js';
import type { GuardrailSpec } from './guardrail-test.js';

const hour = 3_600_000;
const escalation: GuardrailSpec = { name: 'escalation_rate', harmfulDirection: 'increase', margin: 0.02, mixtureScale: 0.03 };
const csat: GuardrailSpec = { name: 'csat', harmfulDirection: 'decrease', margin: 0.1, mixtureScale: 0.2 };

/** A rollout at its second stage (20%), 30 hours in, 1,000 units per arm, with both guardrails level. */
function state(overrides: Partial<RolloutTickState> = {}): RolloutTickState {
  return {
    stages: [0.05, 0.2, 0.5, 1],
    stageIndex: 1,
    stageStartedAt: 1_700_000_000_000,
    now: 1_700_000_000_000 + 30 * hour,
    minimums: { unitsPerArm: 500, hours: 24 },
    stageUnits: { baseline: 4000, candidate: 1000 },
    guardrails: [
      {
        spec: escalation,
        data: { kind: 'proportion', baseline: { count: 4000, successes: 600 }, candidate: { count: 1000, successes: 150 } },
      },
      {
        spec: csat,
        data: { kind: 'mean', baseline: { count: 900, mean: 4.2, variance: 1.1 }, candidate: { count: 300, mean: 4.2, variance: 1.1 } },
      },
    ],
    ...overrides,
  };
}

describe('decideRolloutTick', () => {
  it('advances a stage that met its minimums with no guardrail breached', () => {
    const decision = decideRolloutTick(state());
    expect(decision.action).toBe('advance');
    expect(decision.reason).toContain('next 50%');
    expect(decision.guardrails.map((result) => result.decision)).toEqual(['ok', 'ok']);
  });

  it('rolls back on a breach and names the guardrail, even before the minimums are met', () => {
    const breached = state({
      now: 1_700_000_000_000 + 2 * hour,
      guardrails: [
        state().guardrails[0]!,
        {
          spec: csat,
          data: { kind: 'mean', baseline: { count: 900, mean: 4.2, variance: 1.1 }, candidate: { count: 300, mean: 3.5, variance: 1.4 } },
        },
      ],
    });
    const decision = decideRolloutTick(breached);
    expect(decision.action).toBe('rollback');
    expect(decision.guardrail).toBe('csat');
    expect(decision.reason).toMatch(/^guardrail csat breached/);
  });

  it('holds while the stage is younger than its minimum hours', () => {
    const decision = decideRolloutTick(state({ now: 1_700_000_000_000 + 10 * hour }));
    expect(decision.action).toBe('hold');
    expect(decision.reason).toContain('10.0 h');
  });

  it('holds while an arm has fewer units than the minimum', () => {
    const decision = decideRolloutTick(state({ stageUnits: { baseline: 4000, candidate: 120 } }));
    expect(decision.action).toBe('hold');
    expect(decision.reason).toContain('it has 120');
  });

  it('holds while a guardrail has too little data to be tested', () => {
    const sparse = state({
      guardrails: [
        state().guardrails[0]!,
        {
          spec: csat,
          data: { kind: 'mean', baseline: { count: 900, mean: 4.2, variance: 1.1 }, candidate: { count: 12, mean: 4.2, variance: 1.1 } },
        },
      ],
    });
    const decision = decideRolloutTick(sparse);
    expect(decision).toMatchObject({ action: 'hold', guardrail: 'csat' });
  });

  it('holds on a sample-ratio mismatch', () => {
    const decision = decideRolloutTick(state({ sampleRatio: { observed: [4000, 800], expectedShares: [0.8, 0.2] } }));
    expect(decision.action).toBe('hold');
    expect(decision.reason).toMatch(/^sample ratio mismatch/);
  });

  it('completes at the last stage when everything is clear', () => {
    const decision = decideRolloutTick(state({ stageIndex: 3 }));
    expect(decision.action).toBe('complete');
  });

  it('at a stage of 100% needs units on the candidate only: the baseline gets none there', () => {
    const last = state({ stageIndex: 3, stageUnits: { baseline: 0, candidate: 1000 } });
    expect(decideRolloutTick(last).action).toBe('complete');
    const short = decideRolloutTick({ ...last, stageUnits: { baseline: 0, candidate: 100 } });
    expect(short).toMatchObject({ action: 'hold', reason: expect.stringContaining('500 units on the candidate') });
    // Short of the per-arm minimum below 100%, the same counts hold.
    expect(decideRolloutTick(state({ stageUnits: { baseline: 0, candidate: 1000 } })).action).toBe('hold');
  });

  it('refuses a stage index outside the stages', () => {
    expect(() => decideRolloutTick(state({ stageIndex: 4 }))).toThrow(RangeError);
  });
});
