import { describe, expect, it } from 'vitest';
import { simulationRandom } from './simulation-random.js';
import { mixtureSequentialHistory, mixtureSequentialTest, oneSidedLogRatio, oneSidedLowerBound } from './mixture-sequential-test.js';

// Reference values: mpmath 1.3.0 at 30 digits, the log of the mixture integral computed by quadrature,
// ∫ N(θ; θ₀, τ²) · exp(((D − θ₀)² − (D − θ)²) / 2V) dθ over all θ (two-sided) or 2·∫ over θ > θ₀ (one-sided),
// an independent route to the closed forms of Johari et al. (2017).
describe('mixtureSequentialTest', () => {
  it.each([
    [0.05, 0.0004, 0.03, 1.5741340402907158],
    [0.012, 0.00005, 0.02, 0.18138771133189027],
    [-0.3, 0.01, 0.2, 2.79528104378295],
  ])('ln Λ for D = %d, V = %d, τ = %d matches the mixture integral', (difference, variance, tau, expected) => {
    const result = mixtureSequentialTest({ difference, variance }, { mixtureScale: tau });
    expect(result.logLikelihoodRatio).toBeCloseTo(expected, 12);
    expect(result.pValue).toBeCloseTo(Math.exp(-expected), 12);
  });

  it('bounds its interval where the p-value reaches α (mpmath root of ln Λ(θ₀) = ln 20: −0.014364087317504477)', () => {
    const estimate = { difference: 0.05, variance: 0.0004 };
    const { interval } = mixtureSequentialTest(estimate, { mixtureScale: 0.03, alpha: 0.05 });
    expect(interval.lower).toBeCloseTo(-0.014364087317504477, 12);
    expect(interval.upper).toBeCloseTo(0.05 + (0.05 + 0.014364087317504477), 12);
    const atEdge = mixtureSequentialTest(estimate, { mixtureScale: 0.03, nullDifference: interval.lower });
    expect(atEdge.pValue).toBeCloseTo(0.05, 12);
  });

  it('keeps the false-positive rate under α when read after every batch, where a fixed z-test does not', () => {
    // 2,000 A/A tests, 100 looks each after every 20 units per arm (σ = 1, τ = 0.1): Ville's inequality promises
    // P(ever p ≤ 0.05) ≤ 0.05; the z-test read at the same looks rejects a true null far more often
    // (Armitage, McPherson & Rowe 1969: about 0.19 at 10 looks, more at 100).
    const normal = simulationRandom(20).normal;
    let sequentialRejections = 0;
    let naiveRejections = 0;
    for (let test = 0; test < 2000; test++) {
      let difference = 0;
      let sequentialRejected = false;
      let naiveRejected = false;
      for (let look = 1; look <= 100; look++) {
        for (let unit = 0; unit < 20; unit++) difference += normal() - normal();
        const n = look * 20;
        const estimate = { difference: difference / n, variance: 2 / n };
        if (mixtureSequentialTest(estimate, { mixtureScale: 0.1 }).pValue <= 0.05) sequentialRejected = true;
        if (Math.abs(estimate.difference / Math.sqrt(estimate.variance)) >= 1.959963984540054) naiveRejected = true;
      }
      if (sequentialRejected) sequentialRejections++;
      if (naiveRejected) naiveRejections++;
    }
    expect(sequentialRejections / 2000).toBeLessThanOrEqual(0.05);
    expect(naiveRejections / 2000).toBeGreaterThan(0.25);
  });

  it('detects a true difference of 0.2σ within 2,000 units per arm in at least 95% of tests', () => {
    const normal = simulationRandom(7).normal;
    let detected = 0;
    for (let test = 0; test < 500; test++) {
      let difference = 0;
      for (let look = 1; look <= 100; look++) {
        for (let unit = 0; unit < 20; unit++) difference += normal() + 0.2 - normal();
        const n = look * 20;
        if (mixtureSequentialTest({ difference: difference / n, variance: 2 / n }, { mixtureScale: 0.1 }).pValue <= 0.05) {
          detected++;
          break;
        }
      }
    }
    expect(detected / 500).toBeGreaterThanOrEqual(0.95);
  });
});

describe('mixtureSequentialHistory', () => {
  it('keeps the smallest p-value and the intersection of the intervals seen so far', () => {
    const options = { mixtureScale: 0.05 };
    const early = { difference: 0.09, variance: 0.0009 };
    const late = { difference: 0.03, variance: 0.0004 };
    const first = mixtureSequentialTest(early, options);
    const second = mixtureSequentialTest(late, options);
    const history = mixtureSequentialHistory([early, late], options);
    expect(first.pValue).toBeLessThan(second.pValue); // the early look was the stronger evidence
    expect(history.pValue).toBe(Math.min(first.pValue, second.pValue));
    expect(history.interval.lower).toBe(Math.max(first.interval.lower, second.interval.lower));
    expect(history.interval.upper).toBe(Math.min(first.interval.upper, second.interval.upper));
  });
});

describe('oneSidedLogRatio', () => {
  it.each([
    [0.05, 0.0004, 0.03, 0, 2.248346076358524],
    [0.012, 0.00005, 0.02, 0, 0.8181769075878519],
    [-0.3, 0.01, 0.2, 0, -2.125921569461057],
    [0.05, 0.0004, 0.03, 0.02, 0.7706144135641716],
  ])(
    'ln Λ⁺ for D = %d, V = %d, τ = %d, θ₀ = %d matches the half-normal mixture integral',
    (difference, variance, tau, nullDifference, expected) => {
      expect(oneSidedLogRatio({ difference, variance }, nullDifference, tau)).toBeCloseTo(expected, 12);
    },
  );

  it('keeps the chance of ever rejecting under α at the edge of the null and far below it inside', () => {
    // 1,000 tests of "θ ≤ 0" at α = 0.05 with 100 looks each, when θ = 0 (the edge) and when θ = −0.05.
    const rates = [0, -0.05].map((theta) => {
      const normal = simulationRandom(99).normal;
      let rejections = 0;
      for (let test = 0; test < 1000; test++) {
        let difference = 0;
        for (let look = 1; look <= 100; look++) {
          for (let unit = 0; unit < 20; unit++) difference += normal() + theta - normal();
          const n = look * 20;
          if (oneSidedLogRatio({ difference: difference / n, variance: 2 / n }, 0, 0.1) >= Math.log(20)) {
            rejections++;
            break;
          }
        }
      }
      return rejections / 1000;
    });
    expect(rates[0]).toBeLessThanOrEqual(0.05);
    expect(rates[1]).toBeLessThan(0.01);
  });
});

describe('oneSidedLowerBound', () => {
  it('is the θ₀ where the one-sided test reaches α (mpmath root: −0.007888366439366953)', () => {
    expect(oneSidedLowerBound({ difference: 0.05, variance: 0.0004 }, { mixtureScale: 0.03 })).toBeCloseTo(-0.007888366439366953, 11);
  });

  it('is tighter than the two-sided interval at the same α', () => {
    const estimate = { difference: 0.05, variance: 0.0004 };
    const twoSided = mixtureSequentialTest(estimate, { mixtureScale: 0.03 });
    expect(oneSidedLowerBound(estimate, { mixtureScale: 0.03 })).toBeGreaterThan(twoSided.interval.lower);
  });
});
