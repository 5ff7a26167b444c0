/** Domain types of conversations, messages and pipeline traces. */
import type { Citation } from './answer.js';
import type { VerifiedIdentity } from './verified-identity.js';

/** Facts about the customer sent with a message (plan, tier, role, id). */
export type CustomerInfo = Readonly<Record<string, string | number | boolean>>;

export interface Conversation {
  readonly id: string;
  readonly createdAt: string;
  /** Display data the caller asserted (body `customer`): shown to agents, never deciding anything. */
  readonly customer: CustomerInfo | null;
  /** The identity verified from a signed token when the conversation was created; null for an anonymous customer. */
  readonly identity: VerifiedIdentity | null;
  /** The device the conversation was started from (body `deviceId`), for per-device assignment; null when not sent. */
  readonly deviceId: string | null;
  /** 'bot' while the bot answers; 'handoff' once a human owns the conversation. */
  readonly status: 'bot' | 'handoff';
}

export type MessageRole = 'customer' | 'bot' | 'human';

export interface Message {
  readonly id: string;
  readonly conversationId: string;
  readonly role: MessageRole;
  readonly text: string;
  readonly createdAt: string;
  readonly citations: readonly Citation[];
  /** The trace of the pipeline run that produced a bot message. */
  readonly traceId: string | null;
}

/** One stage of a pipeline run: its decision, score and time. */
export interface TraceStage {
  readonly name: string;
  readonly milliseconds: number;
  readonly detail: Readonly<Record<string, unknown>>;
}

/** The full record of one pipeline run, returned by `ask --trace` and stored per message. */
export interface PipelineTrace {
  readonly id: string;
  readonly conversationId: string | null;
  readonly query: string;
  readonly createdAt: string;
  readonly stages: readonly TraceStage[];
  readonly totalMilliseconds: number;
  /** The HTTP request that produced it (`X-Request-Id`), so a log line leads to its trace; absent elsewhere. */
  readonly requestId?: string;
  /** The release that produced the reply (`unreleased` before the first), set by the conversation service; absent elsewhere. */
  readonly release?: string;
  /** The rollout or experiment arm within it (`baseline` outside any), set with `release`. */
  readonly arm?: string;
  /** The A/B experiment whose arm this is; absent outside an experiment. */
  readonly experiment?: string;
}
