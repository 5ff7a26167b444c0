/** Inputs and results of the generative answerer. */
import type { Citation, TokenUsage } from '@switchboard/spec';
import type { ModelChoice } from './choose-model.js';
import type { GroundingChunk } from './grounded-prompt.js';
import type { FailedClaim } from './grounding-check.js';

export interface GenerativeAnswerRequest {
  readonly question: string;
  /** Retrieved chunks, best first; they become the sources [c1], [c2], … of the prompt. */
  readonly chunks: readonly GroundingChunk[];
  readonly persona?: string;
  readonly toolsRun?: readonly { readonly name: string; readonly outcome: string }[];
  /** What the customer gets when generation fails or cannot be trusted. `declined` marks an honest "I don't know". */
  readonly extractiveFallback: { readonly text: string; readonly citations: readonly Citation[]; readonly declined?: boolean };
  /** 0..1 strength of the best retrieval match; feeds the difficulty estimate. */
  readonly retrievalScore?: number;
  /**
   * The customer's language (ISO 639-1) when it is known with confidence: the answer is written in it, and a reply
   * confidently in another language is not shown. Without it the prompt names no language.
   */
  readonly language?: string;
  /** Caller cancellation (the customer left); the answerer rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** The intent stage's label (null when out of scope or without a model): hot-fix adapters are routed by it. */
  readonly intent?: string | null;
  /** The persona the route stage chose from the verified customer facts: an adapter's cohorts are personas. */
  readonly cohort?: string | null;
}

/** A hot-fix adapter drafts first; `then` is the base tier `chooseModel` picked, which follows it in the chain. */
export interface AdapterChoice {
  readonly tier: 'adapter';
  readonly reason: 'intent and cohort match';
  /** `name@version` */
  readonly adapter: string;
  readonly then: ModelChoice['tier'];
}

/** How the request was routed: a base tier or an adapter, the difficulty, and any adapter passed over as expired. */
export type AnswerRoute = (ModelChoice | AdapterChoice) & {
  readonly difficulty: number;
  /** Adapters registered for this intent and cohort that were not routed to because they expired (`name@version`). */
  readonly expiredAdapters?: readonly string[];
};

export type FallbackReason = 'unsupported claims' | 'wrong language' | 'translation failed' | 'provider failure' | 'deadline';

export interface AnswerVerdict {
  /** Share of supported fact-stating sentences in the last checked draft; null when no draft came back. */
  readonly faithfulness: number | null;
  /** Sentences of the last checked draft that failed, with why; never shown to the customer. */
  readonly failedClaims: readonly FailedClaim[];
  readonly regenerated: boolean;
  /** The step of the chain that answered instead of the routed model, or null when it answered itself. */
  readonly fallback: 'small' | 'large' | 'extractive' | 'handoff' | null;
  readonly fallbackReason: FallbackReason | null;
}

export interface AttemptRecord {
  readonly model: string;
  readonly outcome: 'grounded' | 'unsupported' | 'wrong language' | 'translation failed' | 'failed' | 'circuit open';
  readonly error?: string;
}

export interface GenerativeAnswer {
  readonly text: string;
  readonly citations: readonly Citation[];
  readonly mode: 'generated' | 'extractive' | 'handoff';
  readonly verdict: AnswerVerdict;
  /** Model that wrote `text`; null for extractive and handoff answers. */
  readonly model: string | null;
  /** Every call of this request, including failed drafts and judge calls, priced by the table. */
  readonly costUsd: number;
  readonly tokens: TokenUsage;
  readonly route: AnswerRoute;
  /** The adapter (`name@version`) that wrote `text`; absent when a base model, the extractive answer or a handoff did. */
  readonly adapter?: string;
  readonly attempts: readonly AttemptRecord[];
}

/** The streaming variant yields text deltas of an already-checked answer, then the full result. */
export type GenerativeAnswerEvent =
  { readonly type: 'text-delta'; readonly text: string } | { readonly type: 'result'; readonly answer: GenerativeAnswer };
