import { describe, expect, it } from 'vitest';
import { simulationRandom } from './simulation-random.js';
import { summarizeValues } from './arm-statistics.js';
import { cuped } from './cuped.js';

describe('cuped', () => {
  it('computes θ, the adjusted means and variances of a dataset small enough to check by hand', () => {
    // x = 1, 3, 1, 3 (mean 2); y = 3, 5, 4, 8 (mean 5). Σdx·dy = 2 + 0 + 1 + 3 = 6, Σdx² = 4, so θ = 1.5;
    // Σdy² = 14, so ρ² = 36/56. Adjusted y − 1.5(x − 2): A = 4.5, 3.5; B = 5.5, 6.5.
    const result = cuped([
      { arm: 'A', outcome: 3, covariate: 1 },
      { arm: 'A', outcome: 5, covariate: 3 },
      { arm: 'B', outcome: 4, covariate: 1 },
      { arm: 'B', outcome: 8, covariate: 3 },
    ]);
    expect(result.theta).toBe(1.5);
    expect(result.correlationSquared).toBeCloseTo(36 / 56, 15);
    const [a, b] = result.arms;
    expect(a).toMatchObject({ arm: 'A', raw: { count: 2, mean: 4, variance: 2 }, adjusted: { mean: 4, variance: 0.5 } });
    expect(b).toMatchObject({ arm: 'B', raw: { count: 2, mean: 6, variance: 8 }, adjusted: { mean: 6, variance: 0.5 } });
  });

  it('corrects a pre-period imbalance between the arms', () => {
    // x = 0, 2 | 2, 4 (mean 2); y = 3, 5 | 4, 8 (mean 5). Σdx·dy = 4 + 0 + 0 + 6 = 10, Σdx² = 8, θ = 1.25.
    // A adjusted: 3 + 2.5, 5 → mean 5.25; B: 4, 8 − 2.5 → mean 4.75. Raw B − A = 2; adjusted −0.5: B's customers
    // already scored higher before the test.
    const result = cuped([
      { arm: 'A', outcome: 3, covariate: 0 },
      { arm: 'A', outcome: 5, covariate: 2 },
      { arm: 'B', outcome: 4, covariate: 2 },
      { arm: 'B', outcome: 8, covariate: 4 },
    ]);
    expect(result.theta).toBe(1.25);
    expect(result.arms.map((arm) => arm.adjusted.mean)).toEqual([5.25, 4.75]);
  });

  it('leaves a unit without a pre-period unadjusted', () => {
    // Observed x: 1, 3 (mean 2); the new customer gets x = 2, i.e. no adjustment.
    const result = cuped([
      { arm: 'A', outcome: 3, covariate: 1 },
      { arm: 'A', outcome: 5, covariate: 3 },
      { arm: 'B', outcome: 7 },
    ]);
    expect(result.arms[1]?.adjusted.mean).toBe(7);
  });

  it('shrinks the pooled variance by exactly 1 − ρ², and each arm’s by about that', () => {
    // y = x + noise with var(x) = 1 and var(noise) = 1, so ρ² ≈ 0.5 in expectation.
    const normal = simulationRandom(3).normal;
    const rows = Array.from({ length: 20_000 }, (_, i) => {
      const covariate = normal();
      return { arm: i % 2 === 0 ? 'A' : 'B', outcome: 3 + covariate + normal() + (i % 2 === 0 ? 0 : 0.1), covariate };
    });
    const result = cuped(rows);
    expect(result.correlationSquared).toBeGreaterThan(0.48);
    expect(result.correlationSquared).toBeLessThan(0.52);
    const covariateMean = summarizeValues(rows.map((row) => row.covariate)).mean;
    const rawVariance = summarizeValues(rows.map((row) => row.outcome)).variance;
    const adjustedVariance = summarizeValues(rows.map((row) => row.outcome - result.theta * (row.covariate - covariateMean))).variance;
    expect(adjustedVariance / rawVariance).toBeCloseTo(1 - result.correlationSquared, 12);
    for (const arm of result.arms) {
      expect(arm.adjusted.variance / arm.raw.variance).toBeCloseTo(1 - result.correlationSquared, 1);
    }
  });
});
