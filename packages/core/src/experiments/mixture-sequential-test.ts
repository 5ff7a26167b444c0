/**
 * The mixture sequential probability ratio test (mSPRT) with a normal mixture: always-valid p-values and confidence
 * intervals for a difference, safe to recompute after every new observation.
 *
 * Johari, Pekelis & Walsh, "Always Valid Inference: Bringing Sequential Analysis to A/B Testing" (2017,
 * arXiv:1512.04922; Operations Research 2022), after Robbins (1970). With an estimate D of the difference θ whose
 * variance is V, and a mixing distribution θ ~ N(θ₀, τ²) over alternatives, the likelihood ratio against θ = θ₀ is
 *
 *   Λ = √(V / (V + τ²)) · exp(τ²(D − θ₀)² / (2V(V + τ²))).
 *
 * Under θ₀, Λ is a non-negative martingale with mean 1, so by Ville's inequality P(Λ ever reaches 1/α) ≤ α: reading
 * the p-value 1/Λ at every look, and stopping at any look, keeps the false-positive rate at α. A fixed-horizon
 * z-test read at every look does not: ten equally spaced looks at a nominal 5% reject a true null about 19% of the
 * time (Armitage, McPherson & Rowe, 1969).
 */
import { normalCdf } from './normal-distribution.js';

/** An estimated difference (candidate − baseline) and its variance, as the two arms' data give them. */
export interface DifferenceEstimate {
  readonly difference: number;
  readonly variance: number;
}

export interface MixtureOptions {
  /**
   * τ, the standard deviation of the mixing distribution, in the metric's units. The test detects effects of about
   * this size soonest; a good choice is the minimum detectable effect (Johari et al., §4: performance is flat over
   * a broad range around the effect sizes one expects).
   */
  readonly mixtureScale: number;
  /** Default 0.05. */
  readonly alpha?: number;
  /** θ₀, the difference under the null hypothesis. Default 0. */
  readonly nullDifference?: number;
}

export interface SequentialResult {
  /** ln Λ for θ = θ₀. */
  readonly logLikelihoodRatio: number;
  /** min(1, 1/Λ): reject θ₀ at level α when it falls to α or below. */
  readonly pValue: number;
  /** All θ₀ that the test would not reject: a 1 − α confidence interval valid at every look. */
  readonly interval: { readonly lower: number; readonly upper: number };
}

/** The two-sided mSPRT at one look: its always-valid p-value for θ₀ and its always-valid interval. */
export function mixtureSequentialTest(estimate: DifferenceEstimate, options: MixtureOptions): SequentialResult {
  const { difference, variance } = checkedEstimate(estimate);
  const tauSquared = checkedScale(options.mixtureScale) ** 2;
  const alpha = checkedAlpha(options.alpha ?? 0.05);
  const logRatio = twoSidedLogRatio(difference - (options.nullDifference ?? 0), variance, tauSquared);
  // Solving ln Λ(θ₀) = ln(1/α) for |D − θ₀| gives the interval's half-width in closed form.
  const halfWidth = Math.sqrt(
    ((2 * variance * (variance + tauSquared)) / tauSquared) * (Math.log(1 / alpha) + 0.5 * Math.log((variance + tauSquared) / variance)),
  );
  return {
    logLikelihoodRatio: logRatio,
    pValue: Math.min(1, Math.exp(-logRatio)),
    interval: { lower: difference - halfWidth, upper: difference + halfWidth },
  };
}

/**
 * The looks of one test in order, combined as Johari et al. define the always-valid process: the p-value is the
 * running minimum and the interval the running intersection. Each look alone is already valid; combining them is
 * tighter and never moves back once the evidence has been seen.
 */
export function mixtureSequentialHistory(looks: readonly DifferenceEstimate[], options: MixtureOptions): SequentialResult {
  if (looks.length === 0) throw new RangeError('mixtureSequentialHistory: at least one look is needed');
  let combined: SequentialResult | undefined;
  for (const look of looks) {
    const result = mixtureSequentialTest(look, options);
    combined =
      combined === undefined
        ? result
        : {
            logLikelihoodRatio: Math.max(combined.logLikelihoodRatio, result.logLikelihoodRatio),
            pValue: Math.min(combined.pValue, result.pValue),
            interval: {
              lower: Math.max(combined.interval.lower, result.interval.lower),
              upper: Math.min(combined.interval.upper, result.interval.upper),
            },
          };
  }
  return combined as SequentialResult;
}

/**
 * ln Λ⁺ of the one-sided mSPRT of θ ≤ θ₀ against θ > θ₀, mixing over a half-normal N(θ₀, τ²) on θ > θ₀:
 * Λ⁺ = 2·√(V/(V+τ²))·exp(τ²d²/(2V(V+τ²)))·Φ(τd/√(V(V+τ²))), d = D − θ₀ (the Gaussian integral of the two-sided
 * case restricted to one side). Each component's likelihood ratio is a supermartingale for every θ ≤ θ₀, so Ville's
 * inequality covers the whole composite null, not only its edge.
 */
export function oneSidedLogRatio(estimate: DifferenceEstimate, nullDifference: number, mixtureScale: number): number {
  const { difference, variance } = checkedEstimate(estimate);
  const tauSquared = checkedScale(mixtureScale) ** 2;
  const d = difference - nullDifference;
  const probit = (Math.sqrt(tauSquared) * d) / Math.sqrt(variance * (variance + tauSquared));
  return Math.LN2 + twoSidedLogRatio(d, variance, tauSquared) + Math.log(normalCdf(probit));
}

/**
 * The one-sided always-valid lower confidence bound: the smallest θ₀ that the one-sided test at level α does not
 * reject, found by bisection (ln Λ⁺ falls as θ₀ rises). It lies between D − r and D, r the two-sided half-width at
 * level α, because Λ⁺ ≥ Λ whenever D ≥ θ₀ and Λ⁺ < 1 at θ₀ = D.
 */
export function oneSidedLowerBound(estimate: DifferenceEstimate, options: MixtureOptions): number {
  const alpha = checkedAlpha(options.alpha ?? 0.05);
  const threshold = Math.log(1 / alpha);
  const twoSided = mixtureSequentialTest(estimate, { mixtureScale: options.mixtureScale, alpha });
  let low = twoSided.interval.lower;
  let high = estimate.difference;
  for (let i = 0; i < 200 && high - low > 1e-14 * Math.max(1, Math.abs(high)); i++) {
    const middle = (low + high) / 2;
    if (oneSidedLogRatio(estimate, middle, options.mixtureScale) >= threshold) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

function twoSidedLogRatio(d: number, variance: number, tauSquared: number): number {
  return 0.5 * Math.log(variance / (variance + tauSquared)) + (tauSquared * d * d) / (2 * variance * (variance + tauSquared));
}

function checkedEstimate(estimate: DifferenceEstimate): DifferenceEstimate {
  if (!Number.isFinite(estimate.difference)) throw new RangeError('sequential test: the difference must be finite');
  if (!(estimate.variance > 0 && Number.isFinite(estimate.variance))) {
    throw new RangeError(`sequential test: the variance must be positive and finite, got ${estimate.variance}`);
  }
  return estimate;
}

function checkedScale(scale: number): number {
  if (!(scale > 0 && Number.isFinite(scale))) throw new RangeError(`sequential test: the mixture scale τ must be positive, got ${scale}`);
  return scale;
}

function checkedAlpha(alpha: number): number {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`sequential test: alpha must be in (0, 1), got ${alpha}`);
  return alpha;
}
