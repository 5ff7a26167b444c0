/**
 * The shadow run and its report as GET /v1/shadow answers them (spec's ShadowRun, core's shadowReport), typed from the
 * console's side: the console imports nothing of the server.
 */

/** A candidate release answering live messages beside production, seen by no customer. */
export interface ShadowRun {
  readonly id: string;
  /** The candidate release. */
  readonly release: string;
  /** The share of units (customers, devices, conversations) whose messages the candidate also answers, 1–100. */
  readonly percent: number;
  readonly salt: string;
  readonly state: 'running' | 'stopped';
  readonly startedAt: string;
  /** Null while it runs. */
  readonly stoppedAt: string | null;
  /** Who started it: an API key's name, or `cli:<user>`; null when unknown. */
  readonly by: string | null;
  /** Who stopped it; null while it runs or when unknown. */
  readonly stoppedBy: string | null;
}

/** A count and its share of the compared messages (null when none was compared). */
export interface ShadowRate {
  readonly count: number;
  readonly rate: number | null;
}

/** Milliseconds; null when none was compared. */
export interface ShadowLatency {
  readonly p50: number | null;
  readonly p95: number | null;
}

export type ShadowExampleKind = 'intent' | 'handoff' | 'grounding' | 'error';

/** What one side answered to a message. */
export interface ShadowExampleSide {
  readonly intent: string | null;
  readonly handoff: string | null;
  readonly text: string;
}

/** One message the two sides disagreed on. */
export interface ShadowExample {
  readonly kind: ShadowExampleKind;
  readonly conversationId: string | null;
  readonly messageId: string;
  readonly at: string;
  readonly production: ShadowExampleSide;
  /** Null when the candidate failed. */
  readonly shadow: ShadowExampleSide | null;
  /** The candidate's grounding failures, or its error. */
  readonly detail: string | null;
}

/** The body of `switchboard shadow report --json`. */
export interface ShadowReport {
  readonly release: string;
  readonly percent: number;
  readonly state: ShadowRun['state'];
  readonly startedAt: string;
  readonly stoppedAt: string | null;
  /** Messages the candidate was asked to answer. */
  readonly messages: number;
  /** Of them, those where the candidate failed. */
  readonly errors: number;
  /** Messages both sides answered: the denominator of every rate and mean below. */
  readonly compared: number;
  readonly intentDisagreement: ShadowRate;
  readonly handoffDisagreement: ShadowRate;
  /** Mean ROUGE-L F1 of the candidate's reply against production's. */
  readonly answerOverlap: number | null;
  /** Mean Jaccard of the cited chunk ids. */
  readonly citationOverlap: number | null;
  readonly groundingFailures: { readonly production: ShadowRate; readonly shadow: ShadowRate };
  readonly latency: { readonly production: ShadowLatency; readonly shadow: ShadowLatency };
  /** US dollars over the compared messages. */
  readonly cost: { readonly production: number; readonly shadow: number };
  /** Writes the candidate would have made and did not. */
  readonly dryRunToolCalls: number;
  /** Disagreements, newest first. */
  readonly examples: readonly ShadowExample[];
}

/** GET /v1/shadow: the running run, else the latest, with its report; both null before any run was started. */
export type ShadowResponse = { readonly run: ShadowRun; readonly report: ShadowReport } | { readonly run: null; readonly report: null };
