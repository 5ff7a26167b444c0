import { describe, expect, it } from 'vitest';
import { guardrailTest, type GuardrailSpec } from './guardrail-test.js';

const escalation: GuardrailSpec = { name: 'escalation_rate', harmfulDirection: 'increase', margin: 0.02, mixtureScale: 0.03 };
const csat: GuardrailSpec = { name: 'csat', harmfulDirection: 'decrease', margin: 0.1, mixtureScale: 0.2 };

describe('guardrailTest', () => {
  it('reads the one-sided mixture test: bound and p-value match the mixture integrals', () => {
    // D = 0.05, V = 0.0002 + 0.0002 = 0.0004, τ = 0.03. Reference: mpmath 1.3.0 quadrature of the half-normal
    // mixture (see mixture-sequential-test.test.ts): lower bound −0.007888366439366953 at α = 0.05, and
    // ln Λ⁺ = 0.7706144135641716 against θ₀ = the margin 0.02, so p = e^−0.7706 = 0.4627.
    const result = guardrailTest(
      { name: 'error_rate', harmfulDirection: 'increase', margin: 0.02, mixtureScale: 0.03 },
      {
        kind: 'mean',
        baseline: { count: 1000, mean: 0, variance: 0.2 },
        candidate: { count: 1000, mean: 0.05, variance: 0.2 },
      },
    );
    expect(result.decision).toBe('ok');
    expect(result.estimate).toBeCloseTo(0.05, 15);
    expect(result.interval?.lower).toBeCloseTo(-0.007888366439366953, 11);
    expect(result.interval?.upper).toBeCloseTo(0.10788836643936696, 11);
    expect(result.pValue).toBeCloseTo(Math.exp(-0.7706144135641716), 12);
    expect(result.threshold).toBe(0.02);
  });

  it('breaches when the escalation rate clearly rose by more than the margin', () => {
    // 10% → 20% of 1,000 conversations each: a rise of 0.10 against a tolerated 0.02.
    const result = guardrailTest(escalation, {
      kind: 'proportion',
      baseline: { count: 1000, successes: 100 },
      candidate: { count: 1000, successes: 200 },
    });
    expect(result.decision).toBe('breach');
    expect(result.interval?.lower).toBeGreaterThan(0.02);
    expect(result.pValue).toBeLessThanOrEqual(0.05);
  });

  it('stays ok when both arms have the same rate, with an interval around zero', () => {
    const result = guardrailTest(escalation, {
      kind: 'proportion',
      baseline: { count: 1000, successes: 150 },
      candidate: { count: 1000, successes: 150 },
    });
    expect(result.decision).toBe('ok');
    expect(result.interval?.lower).toBeLessThan(0);
    expect(result.interval?.upper).toBeGreaterThan(0);
  });

  it('stays ok when neither arm has had an event (the variance is not taken as zero)', () => {
    const result = guardrailTest(
      { name: 'safety_misrouting_rate', harmfulDirection: 'increase', margin: 0, mixtureScale: 0.01 },
      { kind: 'proportion', baseline: { count: 400, successes: 0 }, candidate: { count: 400, successes: 0 } },
    );
    expect(result.decision).toBe('ok');
  });

  it('breaches on a CSAT drop and not on a CSAT rise of the same size', () => {
    const drop = guardrailTest(csat, {
      kind: 'mean',
      baseline: { count: 800, mean: 4.3, variance: 1 },
      candidate: { count: 800, mean: 3.9, variance: 1.2 },
    });
    expect(drop.decision).toBe('breach');
    expect(drop.threshold).toBe(-0.1);
    expect(drop.interval?.upper).toBeLessThan(-0.1);
    const rise = guardrailTest(csat, {
      kind: 'mean',
      baseline: { count: 800, mean: 3.9, variance: 1.2 },
      candidate: { count: 800, mean: 4.3, variance: 1 },
    });
    expect(rise.decision).toBe('ok');
  });

  it('does not breach on a drop smaller than the margin however much data there is', () => {
    const result = guardrailTest(csat, {
      kind: 'mean',
      baseline: { count: 200_000, mean: 4.3, variance: 1 },
      candidate: { count: 200_000, mean: 4.25, variance: 1 },
    });
    expect(result.decision).toBe('ok');
    expect(result.interval?.lower).toBeLessThan(-0.05);
  });

  it('decides without a variance when every rating in each arm is the same', () => {
    const level = guardrailTest(csat, {
      kind: 'mean',
      baseline: { count: 100, mean: 5, variance: 0 },
      candidate: { count: 100, mean: 5, variance: 0 },
    });
    expect(level).toMatchObject({ decision: 'ok', estimate: 0, pValue: 1 });
    const worse = guardrailTest(csat, {
      kind: 'mean',
      baseline: { count: 100, mean: 5, variance: 0 },
      candidate: { count: 100, mean: 4, variance: 0 },
    });
    expect(worse).toMatchObject({ decision: 'breach', estimate: -1, pValue: 0 });
  });

  it('reports not enough data below the per-arm minimum', () => {
    const result = guardrailTest(
      { ...escalation, minimumPerArm: 50 },
      { kind: 'proportion', baseline: { count: 500, successes: 10 }, candidate: { count: 49, successes: 30 } },
    );
    expect(result).toMatchObject({ decision: 'not_enough_data', estimate: null, interval: null, counts: { baseline: 500, candidate: 49 } });
  });
});
