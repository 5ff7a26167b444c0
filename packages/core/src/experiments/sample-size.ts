/** Fixed-horizon sample sizes per arm for a difference in proportions or in means, and how long they take to collect. */
import { normalQuantile } from './normal-distribution.js';

/** Whether the test looks for a difference in either direction or in one named direction only. */
export type Alternative = 'two-sided' | 'one-sided';

/** The error rates a design is built for. */
export interface TestDesign {
  /** Probability of declaring a difference when there is none. Default 0.05. */
  readonly alpha?: number;
  /** Probability of detecting a true difference of the minimum detectable effect. Default 0.8. */
  readonly power?: number;
  /** Default 'two-sided'. */
  readonly alternative?: Alternative;
}

/** Units needed in each arm: `exact` is the formula's value, `perArm` the whole number to plan with (rounded up). */
export interface SampleSize {
  readonly perArm: number;
  readonly exact: number;
}

export interface ProportionSampleSizeOptions extends TestDesign {
  /** The baseline arm's rate, e.g. a resolution rate of 0.62. */
  readonly baseline: number;
  /** The absolute change to detect, e.g. 0.02 for two percentage points; negative for a fall. */
  readonly minimumDetectableEffect: number;
}

/**
 * Per-arm sample size for comparing two proportions with the pooled two-sample z-test, equal arms:
 * n = [z_α·√(2·p̄(1−p̄)) + z_β·√(p₁(1−p₁) + p₂(1−p₂))]² / δ², p̄ = (p₁+p₂)/2, z_α = Φ⁻¹(1−α/2) two-sided or
 * Φ⁻¹(1−α) one-sided, z_β = Φ⁻¹(power) (Fleiss, Levin & Paik, Statistical Methods for Rates and Proportions, 3rd
 * ed., eq. 4.14 without continuity correction). It is the n that R's power.prop.test solves for.
 */
export function proportionSampleSize(options: ProportionSampleSizeOptions): SampleSize {
  const { baseline, minimumDetectableEffect: delta } = options;
  const candidate = baseline + delta;
  if (!(baseline > 0 && baseline < 1)) throw new RangeError(`sample size: baseline must be in (0, 1), got ${baseline}`);
  if (!(candidate > 0 && candidate < 1) || delta === 0) {
    throw new RangeError(`sample size: baseline + minimum detectable effect must be in (0, 1) and differ from it, got ${candidate}`);
  }
  const { zAlpha, zBeta } = criticalValues(options);
  const pooled = (baseline + candidate) / 2;
  const nullSpread = zAlpha * Math.sqrt(2 * pooled * (1 - pooled));
  const alternativeSpread = zBeta * Math.sqrt(baseline * (1 - baseline) + candidate * (1 - candidate));
  return rounded((nullSpread + alternativeSpread) ** 2 / delta ** 2);
}

export interface MeanSampleSizeOptions extends TestDesign {
  /** The outcome's standard deviation per unit, from recent data (a CSAT on 1–5 is typically 1.0–1.4). */
  readonly standardDeviation: number;
  /** The absolute change in the mean to detect, e.g. 0.1 CSAT points. */
  readonly minimumDetectableEffect: number;
}

/**
 * Per-arm sample size for comparing two means with a z-test, equal arms and a common standard deviation σ:
 * n = 2σ²(z_α + z_β)² / δ² (the normal approximation; statsmodels' NormalIndPower solves the same equation). A t-test
 * needs one or two units more at these sizes, which the traffic estimate's own error dwarfs.
 */
export function meanSampleSize(options: MeanSampleSizeOptions): SampleSize {
  const { standardDeviation: sigma, minimumDetectableEffect: delta } = options;
  if (!(sigma > 0)) throw new RangeError(`sample size: standard deviation must be positive, got ${sigma}`);
  if (delta === 0 || !Number.isFinite(delta)) throw new RangeError('sample size: minimum detectable effect must be non-zero');
  const { zAlpha, zBeta } = criticalValues(options);
  return rounded((2 * sigma ** 2 * (zAlpha + zBeta) ** 2) / delta ** 2);
}

export interface DurationOptions {
  /** Units each arm needs (a SampleSize's perArm). */
  readonly perArm: number;
  /** New units (customers, not messages: assignment is per customer) that arrive per day, from recent traffic. */
  readonly unitsPerDay: number;
  /** Each arm's share of all traffic, e.g. [0.475, 0.475] with a 5% holdout. */
  readonly armShares: readonly number[];
}

/** Days until every arm has `perArm` units: the arm with the smallest share decides. Fractional; round up to show. */
export function experimentDuration(options: DurationOptions): number {
  const { perArm, unitsPerDay, armShares } = options;
  if (!(unitsPerDay > 0)) throw new RangeError(`duration: units per day must be positive, got ${unitsPerDay}`);
  if (armShares.length === 0 || armShares.some((share) => !(share > 0 && share <= 1))) {
    throw new RangeError('duration: every arm share must be in (0, 1]');
  }
  return perArm / (unitsPerDay * Math.min(...armShares));
}

function criticalValues(design: TestDesign): { zAlpha: number; zBeta: number } {
  const alpha = design.alpha ?? 0.05;
  const power = design.power ?? 0.8;
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`sample size: alpha must be in (0, 1), got ${alpha}`);
  if (!(power > 0 && power < 1)) throw new RangeError(`sample size: power must be in (0, 1), got ${power}`);
  const tail = (design.alternative ?? 'two-sided') === 'two-sided' ? alpha / 2 : alpha;
  return { zAlpha: normalQuantile(1 - tail), zBeta: normalQuantile(power) };
}

function rounded(exact: number): SampleSize {
  // A hair of tolerance so that a value that is whole up to rounding error is not pushed up by one.
  return { exact, perArm: Math.ceil(exact - 1e-9) };
}
