/** A staged rollout of a candidate release against the baseline (issue 20 item 3), as the shared store keeps it. */

export type RolloutState = 'running' | 'paused' | 'rolled_back' | 'completed';

/** One decision in a rollout's life: a tick's (advance, hold, rollback, complete) or an operator's. */
export interface RolloutDecisionRecord {
  /** ISO time of the decision. */
  readonly at: string;
  readonly action: 'start' | 'advance' | 'hold' | 'rollback' | 'complete' | 'pause' | 'resume' | 'promote';
  /** One sentence: why. */
  readonly reason: string;
  /** The guardrail that decided a rollback or a hold; null otherwise. */
  readonly guardrail: string | null;
}

export interface Rollout {
  /** Unique id, e.g. `rollout_…`. */
  readonly id: string;
  /** The candidate release's name. */
  readonly release: string;
  /** The release that served when the rollout started, which every other unit keeps and a rollback returns to. */
  readonly baseline: string;
  readonly state: RolloutState;
  /** Index into `stages` of the current stage. */
  readonly stage: number;
  /** The candidate's share of units at each stage, in percent, increasing, the last 100: e.g. [5, 20, 50, 100]. */
  readonly stages: readonly number[];
  /** The low-risk intents the first stage serves the candidate for; its units get the baseline for every other intent. */
  readonly firstStageIntents: readonly string[];
  /** Conversations each arm needs in a stage before it may advance. */
  readonly minConversations: number;
  /** Hours a stage must last before it may advance. */
  readonly minHours: number;
  /** The assignment salt, one per rollout, so one rollout's split does not carry into the next. */
  readonly salt: string;
  /** ISO times: the rollout's start and the current stage's. */
  readonly startedAt: string;
  readonly stageStartedAt: string;
  /** Every decision recorded, oldest first. */
  readonly decisions: readonly RolloutDecisionRecord[];
  /** Incremented by every stored change; conditional writes compare it. */
  readonly version: number;
}
