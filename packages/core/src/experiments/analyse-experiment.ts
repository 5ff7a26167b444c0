/**
 * The analysis of an A/B experiment from its units: per-arm means, the difference with a fixed-sample and an
 * always-valid interval, the mSPRT p-value, relative lift, CUPED beside the raw figures, the SRM check, segments and
 * a verdict. Pure; docs/rollout.md ("A/B experiments") states the rules.
 */
import type { MeanArm } from './arm-statistics.js';
import { meanDifferenceEstimate, summarizeValues } from './arm-statistics.js';
import { bySegment } from './by-segment.js';
import { cuped } from './cuped.js';
import type { ExperimentUnit } from './experiment-units.js';
import { meanDifference } from './mean-difference.js';
import { mixtureSequentialTest } from './mixture-sequential-test.js';
import type { EffectEstimate, Interval } from './proportion-difference.js';
import { relativeLift } from './relative-lift.js';
import { studentTQuantile } from './student-t-distribution.js';
import { sampleRatioMismatch, type SampleRatioCheck } from './sample-ratio-mismatch.js';

/** The second arm against the first (the baseline): candidate − baseline. */
export interface ArmComparison {
  readonly difference: number;
  /** Welch's fixed-sample 1 − α interval: for describing the result, not for stopping. */
  readonly interval: Interval;
  /** candidate/baseline − 1 with its delta-method interval; null when the baseline mean is 0. */
  readonly relativeLift: EffectEstimate | null;
  /** The mSPRT's always-valid p-value and 1 − α interval: safe to read at every look. */
  readonly alwaysValidPValue: number;
  readonly alwaysValidInterval: Interval;
}

export interface ExperimentArmSummary {
  readonly name: string;
  /** Units assigned (the SRM check counts these). */
  readonly units: number;
  /** Units with a value of the metric (a CSAT given, a conversation settled). */
  readonly measured: number;
  readonly mean: number | null;
  /** Student's t 1 − α interval for the arm's mean (fixed-sample, for describing it); null under two measured units. */
  readonly interval: Interval | null;
  /** The CUPED-adjusted mean: the same expectation, less noise. */
  readonly adjustedMean: number | null;
}

export type ExperimentVerdict = 'significant' | 'not yet' | 'srm';

export interface ExperimentAnalysis {
  readonly arms: readonly ExperimentArmSummary[];
  readonly srm: SampleRatioCheck;
  /** Null until both arms have two measured units. */
  readonly unadjusted: ArmComparison | null;
  readonly adjusted: ArmComparison | null;
  readonly cuped: { readonly theta: number; readonly correlationSquared: number; readonly unitsWithPrePeriod: number };
  /** `srm` overrides everything; else `significant` when the CUPED-adjusted always-valid p-value is at most α. */
  readonly verdict: ExperimentVerdict;
  /** Unadjusted comparisons per segment; a segment with fewer than `minimumSegmentUnits` measured units is not analysed. */
  readonly segments: Record<
    'intent' | 'persona' | 'language',
    readonly { segment: string; units: number; comparison: ArmComparison | null }[]
  >;
}

export interface ExperimentDesign {
  /** Arm names in order; the first is the baseline. Exactly two. */
  readonly arms: readonly string[];
  readonly alpha: number;
  /** The minimum detectable effect: the mSPRT's mixture scale τ. */
  readonly mde: number;
  /** Default 20. */
  readonly minimumSegmentUnits?: number;
}

export function analyseExperiment(units: readonly ExperimentUnit[], design: ExperimentDesign): ExperimentAnalysis {
  const [baselineName, candidateName] = design.arms;
  if (design.arms.length !== 2 || baselineName === undefined || candidateName === undefined)
    throw new RangeError('analyseExperiment: exactly two arms, baseline first');
  const measured = units.flatMap((unit) =>
    unit.outcome === null ? [] : [{ arm: unit.arm, outcome: unit.outcome, covariate: unit.covariate, segments: unit.segments }],
  );
  const adjustment = measured.length >= 2 ? cuped(measured) : null;
  const armsOf = (kind: 'raw' | 'adjusted', name: string): MeanArm | undefined => adjustment?.arms.find((arm) => arm.arm === name)?.[kind];
  const compareKind = (kind: 'raw' | 'adjusted'): ArmComparison | null => {
    const baseline = armsOf(kind, baselineName);
    const candidate = armsOf(kind, candidateName);
    return baseline && candidate ? compareArms(baseline, candidate, design) : null;
  };
  const unadjusted = compareKind('raw');
  const adjusted = compareKind('adjusted');
  const counts = design.arms.map((name) => units.filter((unit) => unit.arm === name).length);
  const srm = sampleRatioMismatch(
    counts,
    design.arms.map(() => 1),
  );
  const primary = adjusted ?? unadjusted;
  const verdict: ExperimentVerdict = srm.mismatch
    ? 'srm'
    : primary && primary.alwaysValidPValue <= design.alpha
      ? 'significant'
      : 'not yet';
  const segmentsBy = (key: 'intent' | 'persona' | 'language') =>
    bySegment(
      measured,
      (row) => row.segments[key],
      (rows) => {
        const baseline = rows.filter((row) => row.arm === baselineName).map((row) => row.outcome);
        const candidate = rows.filter((row) => row.arm === candidateName).map((row) => row.outcome);
        return baseline.length >= 2 && candidate.length >= 2
          ? compareArms(summarizeValues(baseline), summarizeValues(candidate), design)
          : null;
      },
      { minimumRows: design.minimumSegmentUnits ?? 20 },
    ).map((segment) => ({ segment: segment.segment, units: segment.count, comparison: segment.result ?? null }));
  return {
    arms: design.arms.map((name, index) => ({
      name,
      units: counts[index] ?? 0,
      measured: measured.filter((row) => row.arm === name).length,
      mean: armsOf('raw', name)?.mean ?? null,
      interval: meanInterval(armsOf('raw', name), design.alpha),
      adjustedMean: armsOf('adjusted', name)?.mean ?? null,
    })),
    srm,
    unadjusted,
    adjusted,
    cuped: {
      theta: adjustment?.theta ?? 0,
      correlationSquared: adjustment?.correlationSquared ?? 0,
      unitsWithPrePeriod: measured.filter((row) => row.covariate !== undefined).length,
    },
    verdict,
    segments: { intent: segmentsBy('intent'), persona: segmentsBy('persona'), language: segmentsBy('language') },
  };
}

/** mean ± t(1 − α/2, n − 1)·s/√n; null under two units. */
export function meanInterval(arm: MeanArm | undefined, alpha: number): Interval | null {
  if (!arm || arm.count < 2) return null;
  const half = studentTQuantile(1 - alpha / 2, arm.count - 1) * Math.sqrt(arm.variance / arm.count);
  return { lower: arm.mean - half, upper: arm.mean + half };
}

/** Candidate − baseline for two arms of per-unit values; null when either has fewer than two units. */
export function compareArms(baseline: MeanArm, candidate: MeanArm, design: Pick<ExperimentDesign, 'alpha' | 'mde'>): ArmComparison | null {
  if (baseline.count < 2 || candidate.count < 2) return null;
  const welch = meanDifference(baseline, candidate, { confidence: 1 - design.alpha });
  const estimate = meanDifferenceEstimate(baseline, candidate);
  // Both arms without spread (every unit resolved, say): no evidence either way yet, and an interval of zero width.
  const sequential =
    estimate.variance > 0
      ? mixtureSequentialTest(estimate, { mixtureScale: Math.abs(design.mde), alpha: design.alpha })
      : { pValue: 1, interval: { lower: estimate.difference, upper: estimate.difference } };
  return {
    difference: welch.estimate,
    interval: welch.interval,
    relativeLift: baseline.mean === 0 ? null : relativeLift(baseline, candidate, { confidence: 1 - design.alpha }),
    alwaysValidPValue: sequential.pValue,
    alwaysValidInterval: sequential.interval,
  };
}
