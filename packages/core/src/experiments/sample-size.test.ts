import { describe, expect, it } from 'vitest';
import { experimentDuration, meanSampleSize, proportionSampleSize } from './sample-size.js';

describe('proportionSampleSize', () => {
  // Reference values: R 4.2.2, power.prop.test(p1, p2, power, sig.level = 0.05, tol = 1e-13)$n, which solves the
  // same pooled z-test equation (its default tolerance, 1.2e-4, leaves the fifth decimal unsettled). The first is
  // the example in R's own documentation (n = 76.7).
  it.each([
    [0.5, 0.25, 0.9, 'two-sided', 76.7069284517774],
    [0.2, 0.05, 0.8, 'two-sided', 1093.73904576617],
    [0.62, 0.02, 0.8, 'two-sided', 9146.69030510419],
    [0.1, 0.02, 0.8, 'one-sided', 3025.31525320885],
  ] as const)('baseline %d, effect %d, power %d, %s matches R power.prop.test', (baseline, effect, power, alternative, expected) => {
    const size = proportionSampleSize({ baseline, minimumDetectableEffect: effect, power, alternative });
    expect(size.exact).toBeCloseTo(expected, 6);
    expect(size.perArm).toBe(Math.ceil(expected));
  });

  it('needs the same sample for a fall as for the mirror-image rise', () => {
    const rise = proportionSampleSize({ baseline: 0.3, minimumDetectableEffect: 0.05 });
    const fall = proportionSampleSize({ baseline: 0.35, minimumDetectableEffect: -0.05 });
    expect(fall.exact).toBeCloseTo(rise.exact, 9);
  });

  it('refuses a baseline plus effect outside (0, 1)', () => {
    expect(() => proportionSampleSize({ baseline: 0.99, minimumDetectableEffect: 0.02 })).toThrow(/must be in \(0, 1\)/);
  });
});

describe('meanSampleSize', () => {
  // Reference values: statsmodels 0.15.0, NormalIndPower().solve_power(effect_size = δ/σ, alpha, power, ratio = 1).
  // Two-sided, statsmodels also counts rejections in the wrong tail (probability ~1e-6 here), which lowers its n by
  // about 0.001; the closed form leaves them out, as R's power.prop.test and most calculators do. Hence 2 decimals.
  it.each([
    [1, 0.2, 0.05, 0.8, 'two-sided', 392.4430232577885], // Cohen's small effect, d = 0.2
    [1.2, 0.25, 0.05, 0.8, 'two-sided', 361.67549230368587], // a CSAT sd of 1.2 and a quarter-point change
    [1.1, 0.1, 0.05, 0.9, 'one-sided', 2072.451058861303], // alternative='larger'
    [2, 1, 0.01, 0.95, 'two-sided', 142.51331519502617],
  ] as const)('σ %d, effect %d, α %d, power %d, %s matches statsmodels', (sigma, effect, alpha, power, alternative, expected) => {
    const size = meanSampleSize({ standardDeviation: sigma, minimumDetectableEffect: effect, alpha, power, alternative });
    expect(size.exact).toBeCloseTo(expected, 2);
    expect(size.perArm).toBe(Math.ceil(expected));
  });

  it('is 2σ²(z₀.₉₇₅ + z₀.₈)²/δ² exactly', () => {
    const z = 1.959963984540054 + 0.8416212335729143; // scipy.stats.norm.ppf(0.975) + norm.ppf(0.8)
    expect(meanSampleSize({ standardDeviation: 1, minimumDetectableEffect: 0.2 }).exact).toBeCloseTo((2 * z * z) / 0.04, 9);
  });
});

describe('experimentDuration', () => {
  it('is set by the arm with the smallest share of traffic', () => {
    // 1,094 per arm at 400 new customers a day: 47.5% each (5% holdout) takes 1094 / 190 = 5.76 days;
    // a 5% candidate stage takes 1094 / 20 = 54.7 days.
    expect(experimentDuration({ perArm: 1094, unitsPerDay: 400, armShares: [0.475, 0.475] })).toBeCloseTo(1094 / 190, 12);
    expect(experimentDuration({ perArm: 1094, unitsPerDay: 400, armShares: [0.9, 0.05] })).toBeCloseTo(54.7, 12);
  });

  it('refuses a share outside (0, 1]', () => {
    expect(() => experimentDuration({ perArm: 10, unitsPerDay: 5, armShares: [0.5, 0] })).toThrow(RangeError);
  });
});
