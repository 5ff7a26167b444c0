/** Sample-ratio-mismatch check: do the arms' unit counts fit the split the assignment was configured for? */
import { chiSquareSurvival } from './chi-square-distribution.js';

export interface SampleRatioCheck {
  /** Pearson's χ² = Σ (observed − expected)² / expected. */
  readonly statistic: number;
  /** Arms − 1. */
  readonly degreesOfFreedom: number;
  /** P(χ² ≥ statistic) under the configured split. */
  readonly pValue: number;
  /** pValue < threshold: the assignment or the logging is broken and the comparison cannot be trusted. */
  readonly mismatch: boolean;
}

/**
 * Pearson's chi-square goodness-of-fit test of observed arm counts against expected shares (normalised to sum to
 * 1). A mismatch means units were lost or duplicated unevenly (a crash in one release, a bot filter, a redirect),
 * and then every metric of the test is suspect however good it looks (Fabijan et al., "Diagnosing Sample Ratio
 * Mismatch in Online Controlled Experiments", KDD 2019). The default threshold, 0.001, is strict because the check
 * runs at every look and a false alarm halts a healthy test; a real mismatch drives the p-value far below it as
 * units accumulate.
 */
export function sampleRatioMismatch(
  observed: readonly number[],
  expectedShares: readonly number[],
  options: { threshold?: number } = {},
): SampleRatioCheck {
  if (observed.length < 2 || observed.length !== expectedShares.length) {
    throw new RangeError('sample ratio: give at least two arms, one expected share per observed count');
  }
  if (observed.some((count) => !(Number.isInteger(count) && count >= 0)))
    throw new RangeError('sample ratio: counts must be non-negative integers');
  if (expectedShares.some((share) => !(share > 0))) throw new RangeError('sample ratio: expected shares must be positive');
  const total = observed.reduce((sum, count) => sum + count, 0);
  const shareTotal = expectedShares.reduce((sum, share) => sum + share, 0);
  const degreesOfFreedom = observed.length - 1;
  if (total === 0) return { statistic: 0, degreesOfFreedom, pValue: 1, mismatch: false };
  let statistic = 0;
  observed.forEach((count, i) => {
    const expected = (total * (expectedShares[i] ?? 0)) / shareTotal;
    statistic += (count - expected) ** 2 / expected;
  });
  const pValue = chiSquareSurvival(statistic, degreesOfFreedom);
  return { statistic, degreesOfFreedom, pValue, mismatch: pValue < (options.threshold ?? 0.001) };
}
