/** The difference between two proportions (candidate − baseline) with a Wald or a Newcombe–Wilson interval. */
import { checkProportion, type ProportionArm } from './arm-statistics.js';
import { normalQuantile } from './normal-distribution.js';

export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

export interface EffectEstimate {
  /** The point estimate. */
  readonly estimate: number;
  /** The two-sided confidence interval. */
  readonly interval: Interval;
}

export interface ProportionDifferenceOptions {
  /** Default 0.95. */
  readonly confidence?: number;
  /**
   * 'newcombe' (default): Newcombe's hybrid score interval, his method 10 (Statistics in Medicine 17, 1998), built
   * from each arm's Wilson interval; it keeps its coverage near 0 and 1 and with small arms, where Wald's does not
   * (Wald's collapses to a point when an arm has no events). 'wald': p̂ ± z·√(Σ p̂(1−p̂)/n).
   */
  readonly method?: 'newcombe' | 'wald';
}

/** Candidate − baseline rate with its confidence interval. */
export function proportionDifference(
  baseline: ProportionArm,
  candidate: ProportionArm,
  options: ProportionDifferenceOptions = {},
): EffectEstimate {
  checkProportion(baseline);
  checkProportion(candidate);
  const z = normalQuantile(1 - (1 - checkedConfidence(options.confidence ?? 0.95)) / 2);
  const p1 = candidate.successes / candidate.count;
  const p2 = baseline.successes / baseline.count;
  const estimate = p1 - p2;
  if ((options.method ?? 'newcombe') === 'wald') {
    const halfWidth = z * Math.sqrt((p1 * (1 - p1)) / candidate.count + (p2 * (1 - p2)) / baseline.count);
    return { estimate, interval: { lower: estimate - halfWidth, upper: estimate + halfWidth } };
  }
  const w1 = wilsonInterval(candidate.successes, candidate.count, z);
  const w2 = wilsonInterval(baseline.successes, baseline.count, z);
  return {
    estimate,
    interval: {
      lower: estimate - Math.sqrt((p1 - w1.lower) ** 2 + (w2.upper - p2) ** 2),
      upper: estimate + Math.sqrt((w1.upper - p1) ** 2 + (p2 - w2.lower) ** 2),
    },
  };
}

/**
 * Wilson's score interval for one proportion (JASA 22, 1927): the p whose score test |p̂ − p|/√(p(1−p)/n) is
 * below z, i.e. (p̂ + z²/2n ± z·√(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n).
 */
export function wilsonInterval(successes: number, count: number, z: number): Interval {
  const p = successes / count;
  const zSquared = z * z;
  const denominator = 1 + zSquared / count;
  const centre = (p + zSquared / (2 * count)) / denominator;
  const halfWidth = (z * Math.sqrt((p * (1 - p)) / count + zSquared / (4 * count * count))) / denominator;
  return { lower: Math.max(0, centre - halfWidth), upper: Math.min(1, centre + halfWidth) };
}

export function checkedConfidence(confidence: number): number {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  return confidence;
}
