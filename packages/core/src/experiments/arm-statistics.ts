/** Per-arm sufficient statistics, and the difference between two arms as an estimate with its variance. */
import type { DifferenceEstimate } from './mixture-sequential-test.js';

/** A binary outcome in one arm: `successes` of `count` units had it (resolved, escalated, over the SLO, …). */
export interface ProportionArm {
  readonly count: number;
  readonly successes: number;
}

/** A numeric outcome in one arm: mean and sample variance (n − 1 denominator) over `count` units. */
export interface MeanArm {
  readonly count: number;
  readonly mean: number;
  readonly variance: number;
}

/** Mean and sample variance by Welford's update, which does not cancel when the mean is large against the spread. */
export function summarizeValues(values: readonly number[]): MeanArm {
  let mean = 0;
  let squares = 0;
  values.forEach((value, index) => {
    const delta = value - mean;
    mean += delta / (index + 1);
    squares += delta * (value - mean);
  });
  return { count: values.length, mean, variance: values.length > 1 ? squares / (values.length - 1) : 0 };
}

/**
 * Candidate − baseline for a proportion, with the variance of that difference for the sequential tests. The
 * variance uses (x + 1)/(n + 2) in place of x/n in each arm (Agresti & Caffo, The American Statistician 54, 2000):
 * with no events yet in either arm the plug-in variance would be 0 and any difference infinitely significant; the
 * shift vanishes as n grows. The difference itself is the plain x/n one.
 */
export function proportionDifferenceEstimate(baseline: ProportionArm, candidate: ProportionArm): DifferenceEstimate {
  checkProportion(baseline);
  checkProportion(candidate);
  const shrunkVariance = (arm: ProportionArm): number => {
    const p = (arm.successes + 1) / (arm.count + 2);
    return (p * (1 - p)) / arm.count;
  };
  return {
    difference: candidate.successes / candidate.count - baseline.successes / baseline.count,
    variance: shrunkVariance(baseline) + shrunkVariance(candidate),
  };
}

/** Candidate − baseline for a mean, with variance s²_b/n_b + s²_c/n_c (Welch's, unequal variances). */
export function meanDifferenceEstimate(baseline: MeanArm, candidate: MeanArm): DifferenceEstimate {
  checkMean(baseline);
  checkMean(candidate);
  return {
    difference: candidate.mean - baseline.mean,
    variance: baseline.variance / baseline.count + candidate.variance / candidate.count,
  };
}

export function checkProportion(arm: ProportionArm): void {
  if (!(Number.isInteger(arm.count) && arm.count > 0))
    throw new RangeError(`proportion arm: count must be a positive integer, got ${arm.count}`);
  if (!(Number.isInteger(arm.successes) && arm.successes >= 0 && arm.successes <= arm.count)) {
    throw new RangeError(`proportion arm: successes must be an integer in [0, count], got ${arm.successes} of ${arm.count}`);
  }
}

export function checkMean(arm: MeanArm): void {
  if (!(Number.isInteger(arm.count) && arm.count > 1)) throw new RangeError(`mean arm: count must be an integer above 1, got ${arm.count}`);
  if (!Number.isFinite(arm.mean) || !(arm.variance >= 0)) throw new RangeError('mean arm: mean must be finite and variance non-negative');
}
