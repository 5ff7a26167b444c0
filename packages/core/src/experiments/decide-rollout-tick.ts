/** The decision of one rollout tick: advance, hold, roll back or complete, from the rollout's state alone. */
import { guardrailTest, type GuardrailData, type GuardrailResult, type GuardrailSpec } from './guardrail-test.js';
import { sampleRatioMismatch } from './sample-ratio-mismatch.js';

export interface RolloutTickState {
  /** The candidate's traffic share at each stage, increasing, e.g. [0.05, 0.2, 0.5, 1]. */
  readonly stages: readonly number[];
  /** Index into `stages` of the current stage. */
  readonly stageIndex: number;
  /** When the current stage started and the time of this tick, in milliseconds since the epoch (the caller's clock). */
  readonly stageStartedAt: number;
  readonly now: number;
  /** What a stage needs before it may advance: units assigned to each arm during the stage, and its age. */
  readonly minimums: { readonly unitsPerArm: number; readonly hours: number };
  /** Units assigned to each arm during the current stage. */
  readonly stageUnits: { readonly baseline: number; readonly candidate: number };
  /** Each guardrail with its data so far in this rollout, in the order they were declared. */
  readonly guardrails: readonly { readonly spec: GuardrailSpec; readonly data: GuardrailData }[];
  /** Units per arm and the split the stage configured; a mismatch holds the rollout, since its data are suspect. */
  readonly sampleRatio?: { readonly observed: readonly number[]; readonly expectedShares: readonly number[] };
}

export interface RolloutDecision {
  readonly action: 'advance' | 'hold' | 'rollback' | 'complete';
  /** One sentence for the audit log and `rollout status`. */
  readonly reason: string;
  /** The guardrail that decided, for a rollback or a hold on a guardrail. */
  readonly guardrail?: string;
  /** Every guardrail's result at this tick, for the status display. */
  readonly guardrails: readonly GuardrailResult[];
}

/**
 * In order: (1) any breached guardrail rolls back, at once and whatever the stage's age — the guardrail test is
 * always valid, so acting on the first breach does not inflate its error rate; (2) a sample-ratio mismatch holds;
 * (3) a stage short of its unit or hour minimums holds; (4) a guardrail without enough data holds; (5) otherwise the
 * rollout advances, or completes at its last stage. Pure: the clock is `now`.
 */
export function decideRolloutTick(state: RolloutTickState): RolloutDecision {
  const { stages, stageIndex } = state;
  if (!(Number.isInteger(stageIndex) && stageIndex >= 0 && stageIndex < stages.length)) {
    throw new RangeError(`rollout: stage index ${stageIndex} is outside the ${stages.length} stages`);
  }
  const results = state.guardrails.map(({ spec, data }) => guardrailTest(spec, data));
  const breach = results.find((result) => result.decision === 'breach');
  if (breach !== undefined) {
    return {
      action: 'rollback',
      reason: `guardrail ${breach.name} breached: candidate − baseline ${format(breach.estimate)} (always-valid interval ${format(breach.interval?.lower)} to ${format(breach.interval?.upper)}) is beyond ${format(breach.threshold)}`,
      guardrail: breach.name,
      guardrails: results,
    };
  }
  if (state.sampleRatio !== undefined) {
    const check = sampleRatioMismatch(state.sampleRatio.observed, state.sampleRatio.expectedShares);
    if (check.mismatch) {
      return {
        action: 'hold',
        reason: `sample ratio mismatch: arm counts ${state.sampleRatio.observed.join('/')} do not fit the configured split (p = ${check.pValue.toExponential(2)}); check assignment and logging`,
        guardrails: results,
      };
    }
  }
  const hours = (state.now - state.stageStartedAt) / 3_600_000;
  // A stage that sends everyone to the candidate leaves the baseline arm no new units (its holdout joins no analysis):
  // there the minimum is the candidate's, and the guardrails compare with the baseline the earlier stages gathered.
  const everyone = (stages[stageIndex] ?? 0) >= 1;
  const fewest = everyone ? state.stageUnits.candidate : Math.min(state.stageUnits.baseline, state.stageUnits.candidate);
  if (fewest < state.minimums.unitsPerArm || hours < state.minimums.hours) {
    return {
      action: 'hold',
      reason: `stage ${stageIndex + 1} of ${stages.length} needs ${state.minimums.unitsPerArm} units ${everyone ? 'on the candidate' : 'per arm'} and ${state.minimums.hours} h; it has ${fewest} and ${hours.toFixed(1)} h`,
      guardrails: results,
    };
  }
  const waiting = results.find((result) => result.decision === 'not_enough_data');
  if (waiting !== undefined) {
    return {
      action: 'hold',
      reason: `guardrail ${waiting.name} has too little data (${waiting.counts.baseline} baseline, ${waiting.counts.candidate} candidate)`,
      guardrail: waiting.name,
      guardrails: results,
    };
  }
  if (stageIndex === stages.length - 1) {
    return { action: 'complete', reason: `last stage (${percent(stages[stageIndex])}) passed every guardrail`, guardrails: results };
  }
  return {
    action: 'advance',
    reason: `stage ${stageIndex + 1} (${percent(stages[stageIndex])}) met its minimums with no guardrail breached; next ${percent(stages[stageIndex + 1])}`,
    guardrails: results,
  };
}

function format(value: number | null | undefined): string {
  return value === null || value === undefined ? 'n/a' : Number(value.toPrecision(3)).toString();
}

function percent(share: number | undefined): string {
  return `${Number(((share ?? 0) * 100).toPrecision(4))}%`;
}
