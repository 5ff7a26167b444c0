/** An A/B experiment (issue 20): two arms, each a release, compared on one outcome metric. */

/** The outcome an experiment compares: bot resolutions not reopened, the customers' 1–5 CSAT, or handoffs opened. */
export type ExperimentMetric = 'resolution' | 'csat' | 'escalation';

/** One arm: its name (`A`, `B`, …) and the release that answers the customers assigned to it. */
export interface ExperimentArm {
  readonly name: string;
  /** A release name (`ReleaseStore`). Both arms of an A/A experiment name the same one. */
  readonly release: string;
}

/** A stored experiment definition. Its design is fixed when created; only `state` (and `stoppedAt`) change. */
export interface Experiment {
  /** Unique; chosen by whoever creates it (`switchboard experiment create NAME`). */
  readonly name: string;
  /** The arms in order; the first is the baseline the others are compared with. */
  readonly arms: readonly ExperimentArm[];
  readonly metric: ExperimentMetric;
  /** The minimum detectable effect, absolute, in the metric's units (0.02 is two points of a rate; 0.1 a CSAT point tenth). */
  readonly mde: number;
  /** The false-positive rate the analysis holds at every look. */
  readonly alpha: number;
  /** The power the sample size was planned for. */
  readonly power: number;
  /** The assignment salt: a new one per experiment, so one test's split does not carry into the next. */
  readonly salt: string;
  /** The share of units (percent) permanently held out on the baseline and left out of the analysis. */
  readonly holdoutPercent: number;
  /** An A/A experiment: both arms serve the same release, to check the assignment and analysis find no difference. */
  readonly aa: boolean;
  /** ISO time it was created: conversations from then on are in it; the same customers' earlier ones are its pre-period. */
  readonly createdAt: string;
  readonly state: 'running' | 'stopped';
  /** ISO time it was stopped (`switchboard experiment stop`): its analysis reads no conversation after it. Absent while running. */
  readonly stoppedAt?: string;
}
