/**
 * The stored golden-suite runs as `GET /v1/evaluations/runs[/:id]` answers them (packages/evaluation's `EvalRun`),
 * typed from the console's side with only what the Evaluations pages read; fields later runs added are optional.
 */

/** One run in the listing. */
export interface EvalRunSummary {
  readonly runId: string;
  readonly startedAt: string;
  readonly configHash: string;
  readonly knowledgeVersion: number;
  readonly gitCommit: string | null;
  readonly casesTotal: number;
  readonly casesPassed: number;
}

export interface EvalRunList {
  readonly runs: readonly EvalRunSummary[];
}

/** One bot reply of a played case. */
export interface EvalReply {
  /** The customer turn it answers, 1-based. */
  readonly turn: number;
  readonly text: string;
  readonly outcome?: string;
  readonly citations: readonly { readonly path: string; readonly url: string | null }[];
  readonly confidence: number;
  readonly handoff: { readonly mode: string; readonly reason: string } | null;
  readonly intent: { readonly label: string; readonly confidence: number } | null;
  readonly faithfulness: number | null;
  readonly unloggedActionClaims?: readonly string[];
  readonly traceId: string;
  readonly stages?: readonly { readonly name: string; readonly milliseconds: number; readonly summary: string }[];
  readonly milliseconds: number;
}

export interface EvalCase {
  readonly id: string;
  readonly suite: string;
  readonly passed: boolean;
  readonly reasons: readonly string[];
  readonly played: {
    readonly replies: readonly EvalReply[];
    readonly actions: readonly { readonly tool: string; readonly args: Readonly<Record<string, unknown>>; readonly outcome: string }[];
  };
  readonly turns?: readonly string[];
  readonly expect?: { readonly intent?: string };
}

/** A run's aggregates; rates in 0..1, null when nothing was measured. */
export interface EvalAggregates {
  readonly [name: string]: unknown;
  readonly cases: number;
  readonly passed: number;
  readonly intentEce: number | null;
  readonly p50Ms: number | null;
  readonly p95Ms: number | null;
  readonly handoffByReason: Readonly<Record<string, { readonly precision: number | null; readonly recall: number | null }>>;
}

/** A configured acceptance criterion (`release.criteria`) checked against the run. */
export interface EvalCriterionResult {
  readonly name: string;
  readonly operator: string;
  readonly threshold: number;
  readonly value: number | null;
  readonly passed: boolean;
  readonly reason: string | null;
}

export interface EvalRunDetail {
  readonly runId: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly configHash: string;
  readonly knowledgeVersion: number;
  readonly gitCommit: string | null;
  readonly suites: readonly string[];
  readonly cases: readonly EvalCase[];
  readonly aggregates: EvalAggregates;
  readonly baseline?: { readonly runId: string; readonly regressions: readonly string[] };
  readonly criteria: readonly EvalCriterionResult[];
}
