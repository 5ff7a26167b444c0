/** Relative lift (candidate/baseline − 1) with a delta-method confidence interval. */
import { checkMean, checkProportion, type MeanArm, type ProportionArm } from './arm-statistics.js';
import { normalQuantile } from './normal-distribution.js';
import { checkedConfidence, type EffectEstimate } from './proportion-difference.js';

/**
 * L = μ_c/μ_b − 1 with var(L) ≈ var(μ̂_c)/μ_b² + μ_c²·var(μ̂_b)/μ_b⁴, the first-order delta method for a ratio of
 * independent means (Deng, Knoblich & Lu, "Applying the Delta Method in Metric Analytics", KDD 2018, §3.3), and the
 * normal interval L ± z·√var(L). var(μ̂) is p(1−p)/n for a proportion and s²/n for a mean. Undefined when the
 * baseline mean is 0.
 */
export function relativeLift(
  baseline: ProportionArm | MeanArm,
  candidate: ProportionArm | MeanArm,
  options: { confidence?: number } = {},
): EffectEstimate {
  const z = normalQuantile(1 - (1 - checkedConfidence(options.confidence ?? 0.95)) / 2);
  const b = moments(baseline);
  const c = moments(candidate);
  if (b.mean === 0) throw new RangeError('relative lift: the baseline mean is 0, so a relative change is undefined');
  const estimate = c.mean / b.mean - 1;
  const variance = c.varianceOfMean / b.mean ** 2 + (c.mean ** 2 * b.varianceOfMean) / b.mean ** 4;
  const halfWidth = z * Math.sqrt(variance);
  return { estimate, interval: { lower: estimate - halfWidth, upper: estimate + halfWidth } };
}

function moments(arm: ProportionArm | MeanArm): { mean: number; varianceOfMean: number } {
  if ('successes' in arm) {
    checkProportion(arm);
    const p = arm.successes / arm.count;
    return { mean: p, varianceOfMean: (p * (1 - p)) / arm.count };
  }
  checkMean(arm);
  return { mean: arm.mean, varianceOfMean: arm.variance / arm.count };
}
