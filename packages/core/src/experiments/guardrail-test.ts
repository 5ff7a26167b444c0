/**
 * A rollout guardrail: a pre-declared one-sided test of "the candidate is worse than the baseline by more than the
 * margin", safe to evaluate at every tick.
 */
import { meanDifferenceEstimate, proportionDifferenceEstimate, type MeanArm, type ProportionArm } from './arm-statistics.js';
import { oneSidedLogRatio, oneSidedLowerBound, type DifferenceEstimate } from './mixture-sequential-test.js';
import type { Interval } from './proportion-difference.js';

/** What a guardrail watches and how much worse the candidate may be before it counts as a breach. */
export interface GuardrailSpec {
  /** e.g. 'csat', 'escalation_rate', 'grounding_failure_rate', 'safety_misrouting_rate', 'latency_over_slo', 'error_rate'. */
  readonly name: string;
  /** 'increase': a higher value is worse (rates of escalation, errors, …). 'decrease': a lower one is (CSAT). */
  readonly harmfulDirection: 'increase' | 'decrease';
  /** The worsening tolerated, in the metric's units, ≥ 0: 0.02 for two points of escalation rate, 0.1 CSAT points. */
  readonly margin: number;
  /** The false-breach rate over the whole rollout, however many ticks. Default 0.05. */
  readonly alpha?: number;
  /** τ of the mixture: the size of harm beyond the margin to detect soonest, in the metric's units (see mixtureSequentialTest). */
  readonly mixtureScale: number;
  /** Units each arm needs before the test is read at all. Default 30: below it the normal approximation is poor. */
  readonly minimumPerArm?: number;
}

/** A guardrail's data: per-arm counts for a rate, or per-arm mean and variance for a score. */
export type GuardrailData =
  | { readonly kind: 'proportion'; readonly baseline: ProportionArm; readonly candidate: ProportionArm }
  | { readonly kind: 'mean'; readonly baseline: MeanArm; readonly candidate: MeanArm };

export interface GuardrailResult {
  readonly name: string;
  /** breach: the candidate is worse by more than the margin, at the guardrail's α. */
  readonly decision: 'breach' | 'ok' | 'not_enough_data';
  /** Candidate − baseline, in the metric's units; null without enough data. */
  readonly estimate: number | null;
  /**
   * An always-valid interval for candidate − baseline. Each end is a one-sided α bound, so together they cover
   * with 1 − 2α; the end on the harmful side is the one the decision reads. null without enough data.
   */
  readonly interval: Interval | null;
  /** The candidate − baseline difference beyond which it is a breach: +margin or −margin. */
  readonly threshold: number;
  /** Always-valid p-value of "worse by no more than the margin"; null without enough data. */
  readonly pValue: number | null;
  readonly counts: { readonly baseline: number; readonly candidate: number };
}

/**
 * One-sided mSPRT with a half-normal mixture (see oneSidedLogRatio), on the difference oriented so that positive
 * is harm: breach when the always-valid lower bound on the harm exceeds the margin, i.e. when "harm ≤ margin" is
 * rejected. Ville's inequality bounds the chance of ever breaching, over every tick of the rollout, by α when the
 * candidate is in truth no worse than the margin — so a rollout may tick as often as it likes. "ok" means no such
 * evidence yet, not proof of safety; the stage minimums supply the power.
 *
 * p95 latency over the SLO is tested as a proportion: the share of the arm's replies slower than the SLO, compared
 * with the baseline's share. The p95 exceeds the SLO exactly when that share exceeds 5%, a share is a mean of 0/1
 * outcomes that this same always-valid test covers, and no quantile interval is valid under continuous peeking.
 */
export function guardrailTest(spec: GuardrailSpec, data: GuardrailData): GuardrailResult {
  if (!(spec.margin >= 0)) throw new RangeError(`guardrail ${spec.name}: margin must be non-negative, got ${spec.margin}`);
  const alpha = spec.alpha ?? 0.05;
  const sign = spec.harmfulDirection === 'increase' ? 1 : -1;
  const counts = { baseline: data.baseline.count, candidate: data.candidate.count };
  const threshold = sign * spec.margin;
  const minimum = spec.minimumPerArm ?? 30;
  if (counts.baseline < Math.max(minimum, 2) || counts.candidate < Math.max(minimum, 2)) {
    return { name: spec.name, decision: 'not_enough_data', estimate: null, interval: null, threshold, pValue: null, counts };
  }
  const raw: DifferenceEstimate =
    data.kind === 'proportion'
      ? proportionDifferenceEstimate(data.baseline, data.candidate)
      : meanDifferenceEstimate(data.baseline, data.candidate);
  if (!(raw.variance > 0)) {
    // Every unit in both arms had the same value per arm (all CSAT 5, say): the difference is known exactly.
    const harmful = sign * raw.difference > spec.margin;
    const exact = { lower: raw.difference, upper: raw.difference };
    return {
      name: spec.name,
      decision: harmful ? 'breach' : 'ok',
      estimate: raw.difference,
      interval: exact,
      threshold,
      pValue: harmful ? 0 : 1,
      counts,
    };
  }
  const harm: DifferenceEstimate = { difference: sign * raw.difference, variance: raw.variance };
  const mixture = { mixtureScale: spec.mixtureScale, alpha };
  const harmLowerBound = oneSidedLowerBound(harm, mixture);
  const harmUpperBound = 2 * harm.difference - harmLowerBound;
  const logRatio = oneSidedLogRatio(harm, spec.margin, spec.mixtureScale);
  const pValue = Math.min(1, Math.exp(-logRatio));
  const interval = sign > 0 ? { lower: harmLowerBound, upper: harmUpperBound } : { lower: -harmUpperBound, upper: -harmLowerBound };
  return {
    name: spec.name,
    decision: pValue <= alpha ? 'breach' : 'ok',
    estimate: raw.difference,
    interval,
    threshold,
    pValue,
    counts,
  };
}
