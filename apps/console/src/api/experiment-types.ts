/**
 * A/B experiments and the staged rollout as GET /v1/experiments[/:name] and GET /v1/rollout answer them (core's
 * ExperimentControl and RolloutControl), typed from the console's side: the console imports nothing of the server.
 */

export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

export interface ExperimentArm {
  readonly name: string;
  readonly release: string;
}

export type ExperimentMetric = 'resolution' | 'csat' | 'escalation';

export interface Experiment {
  readonly name: string;
  /** The first arm is the baseline the other is compared with. */
  readonly arms: readonly ExperimentArm[];
  readonly metric: ExperimentMetric;
  readonly mde: number;
  readonly alpha: number;
  readonly power: number;
  readonly holdoutPercent: number;
  readonly aa: boolean;
  readonly createdAt: string;
  readonly state: 'running' | 'stopped';
  readonly stoppedAt?: string;
}

/** GET /v1/experiments. */
export interface ExperimentList {
  readonly experiments: readonly Experiment[];
  /** The experiment whose arms are served now; null when none runs or a staged rollout takes precedence. */
  readonly served: string | null;
}

/** The candidate arm against the baseline: candidate − baseline. */
export interface ArmComparison {
  readonly difference: number;
  /** Welch's fixed-sample interval. */
  readonly interval: Interval;
  /** candidate/baseline − 1; null when the baseline mean is 0. */
  readonly relativeLift: { readonly estimate: number; readonly interval: Interval } | null;
  readonly alwaysValidPValue: number;
  readonly alwaysValidInterval: Interval;
}

export interface ExperimentArmSummary {
  readonly name: string;
  readonly units: number;
  readonly measured: number;
  readonly mean: number | null;
  /** Student's t 1 − α interval of the mean; null under two measured units. */
  readonly interval: Interval | null;
  readonly adjustedMean: number | null;
}

export interface SegmentRow {
  readonly segment: string;
  readonly units: number;
  readonly comparison: ArmComparison | null;
}

/** GET /v1/experiments/:name: the body of `switchboard experiment status NAME --json`. */
export interface ExperimentStatus {
  readonly experiment: Experiment;
  readonly asOf: string;
  readonly assignedBy: 'recorded' | 'release';
  readonly crossovers: number;
  readonly arms: readonly ExperimentArmSummary[];
  readonly srm: { readonly statistic: number; readonly degreesOfFreedom: number; readonly pValue: number; readonly mismatch: boolean };
  readonly unadjusted: ArmComparison | null;
  readonly adjusted: ArmComparison | null;
  /** ρ² is the share of the variance CUPED removed. */
  readonly cuped: { readonly theta: number; readonly correlationSquared: number; readonly unitsWithPrePeriod: number };
  readonly verdict: 'significant' | 'not yet' | 'srm';
  readonly segments: Readonly<Record<'intent' | 'persona' | 'language', readonly SegmentRow[]>>;
}

export interface GuardrailResult {
  readonly name: string;
  readonly decision: 'breach' | 'ok' | 'not_enough_data';
  /** Candidate − baseline; null without enough data. */
  readonly estimate: number | null;
  readonly interval: Interval | null;
  readonly threshold: number;
  readonly pValue: number | null;
  readonly counts: { readonly baseline: number; readonly candidate: number };
}

export interface RolloutDecision {
  readonly at: string;
  readonly action: string;
  readonly reason: string;
  readonly guardrail: string | null;
}

/** GET /v1/rollout with a rollout: the body of `switchboard rollout status --json`. */
export interface RolloutStatus {
  readonly release: string;
  readonly baseline: string;
  readonly state: 'running' | 'paused' | 'rolled_back' | 'completed';
  /** Index into the rollout's stages. */
  readonly stage: number;
  readonly arms: readonly { readonly arm: string; readonly release: string; readonly percent: number; readonly conversations: number }[];
  readonly guardrails: readonly GuardrailResult[];
  readonly decisions: readonly RolloutDecision[];
}

/** GET /v1/rollout: the status, or {rollout: null} before any rollout was started. */
export type RolloutResponse = RolloutStatus | { readonly rollout: null };
