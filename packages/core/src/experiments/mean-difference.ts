/** The difference between two means (candidate − baseline) with Welch's t interval. */
import { checkMean, type MeanArm } from './arm-statistics.js';
import { checkedConfidence, type EffectEstimate } from './proportion-difference.js';
import { studentTQuantile } from './student-t-distribution.js';

export interface WelchEstimate extends EffectEstimate {
  readonly standardError: number;
  /** The Welch–Satterthwaite degrees of freedom. */
  readonly degreesOfFreedom: number;
}

/**
 * Welch's interval (Biometrika 34, 1947): d ± t(1−α/2; ν)·se with se² = s²_c/n_c + s²_b/n_b and
 * ν = se⁴ / ((s²_c/n_c)²/(n_c−1) + (s²_b/n_b)²/(n_b−1)). It does not assume equal variances, which two releases
 * of a support bot seldom have. The same as R's t.test(var.equal = FALSE) and scipy's ttest_ind(equal_var=False).
 */
export function meanDifference(baseline: MeanArm, candidate: MeanArm, options: { confidence?: number } = {}): WelchEstimate {
  checkMean(baseline);
  checkMean(candidate);
  const confidence = checkedConfidence(options.confidence ?? 0.95);
  const candidateShare = candidate.variance / candidate.count;
  const baselineShare = baseline.variance / baseline.count;
  const standardError = Math.sqrt(candidateShare + baselineShare);
  const estimate = candidate.mean - baseline.mean;
  if (standardError === 0)
    return { estimate, interval: { lower: estimate, upper: estimate }, standardError, degreesOfFreedom: Number.POSITIVE_INFINITY };
  const degreesOfFreedom = standardError ** 4 / (candidateShare ** 2 / (candidate.count - 1) + baselineShare ** 2 / (baseline.count - 1));
  const halfWidth = studentTQuantile(1 - (1 - confidence) / 2, degreesOfFreedom) * standardError;
  return { estimate, interval: { lower: estimate - halfWidth, upper: estimate + halfWidth }, standardError, degreesOfFreedom };
}
