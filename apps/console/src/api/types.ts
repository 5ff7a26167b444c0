/** The shapes the console reads from the HTTP API (scratch/surfaces-contract.md), typed from the client's side. */

export type KeyScope = 'admin' | 'agent' | 'widget';

/** `GET /v1/me`: who the key belongs to. */
export interface Me {
  readonly name: string;
  readonly scope: KeyScope;
}

/** Display data the customer or the company's page asserted; shown to agents, decides nothing. */
export type CustomerInfo = Readonly<Record<string, string | number | boolean>>;

export interface Citation {
  readonly index: number;
  readonly chunkId: string;
  readonly documentId: string;
  readonly title: string;
  readonly section: string;
  readonly path: string;
  readonly url: string | null;
  readonly page: number | null;
}

export type MessageRole = 'customer' | 'bot' | 'human';

export interface Message {
  readonly id: string;
  readonly conversationId: string;
  readonly role: MessageRole;
  readonly text: string;
  readonly createdAt: string;
  readonly citations: readonly Citation[];
  readonly traceId: string | null;
}

export interface Conversation {
  readonly id: string;
  readonly createdAt: string;
  readonly customer: CustomerInfo | null;
  readonly status: 'bot' | 'handoff';
  readonly messages: readonly Message[];
}

export type HandoffStatus = 'open' | 'claimed' | 'released';

export interface HandoffPacket {
  readonly conversationId: string;
  readonly customer: CustomerInfo | null;
  readonly reason: string;
  readonly intent: { readonly label: string; readonly confidence: number } | null;
  readonly safetyCategory: string | null;
  readonly retrieved: readonly { readonly title: string; readonly path: string; readonly score: number }[];
  readonly transcript: readonly { readonly role: string; readonly text: string; readonly at: string }[];
  readonly actions: readonly { readonly tool: string; readonly outcome: string; readonly at: string }[];
}

export interface HandoffRecord {
  readonly id: string;
  readonly conversationId: string;
  readonly status: HandoffStatus;
  readonly reason: string;
  readonly queue: string;
  readonly createdAt: string;
  readonly claimedBy: string | null;
  readonly claimedAt: string | null;
  readonly releasedAt: string | null;
  readonly packet: HandoffPacket;
}

/** The `handoff` event of a conversation's event stream. */
export interface HandoffChange {
  readonly id: string;
  readonly status: HandoffStatus;
  readonly claimedBy: string | null;
  readonly reason: string;
}

export type Outcome = 'answered' | 'declined' | 'handoff' | 'refused' | 'held';

/** One row of `GET /v1/conversations`. */
export interface ConversationSummary {
  readonly id: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly status: 'bot' | 'handoff';
  readonly customer: CustomerInfo | null;
  readonly messages: number;
  readonly lastMessage: { readonly role: MessageRole; readonly text: string; readonly at: string } | null;
  readonly intent: string | null;
  readonly persona: string | null;
  readonly outcome: Outcome | null;
  readonly handoff: { readonly reason: string; readonly status: HandoffStatus } | null;
}

export interface ConversationPage {
  readonly conversations: readonly ConversationSummary[];
  readonly next: string | null;
}

export interface TraceStage {
  readonly name: string;
  readonly milliseconds: number;
  readonly detail: Readonly<Record<string, unknown>>;
}

export interface Trace {
  readonly id: string;
  readonly conversationId: string;
  readonly query: string;
  readonly createdAt: string;
  readonly stages: readonly TraceStage[];
  readonly totalMilliseconds: number;
}

export type ApprovalStatus = 'pending' | 'approved' | 'denied';

export interface Approval {
  readonly id: string;
  readonly conversationId: string;
  readonly status: ApprovalStatus;
  /** The workflow that waits for the decision. */
  readonly workflow?: string;
  readonly tool: string;
  readonly args: Readonly<Record<string, unknown>>;
  readonly policy: { readonly name?: string; readonly reason: string };
  readonly customer: CustomerInfo | null;
  readonly createdAt: string;
  readonly decidedAt: string | null;
  readonly decidedBy: string | null;
  readonly note: string | null;
}

export interface Chunk {
  readonly id: string;
  readonly documentId: string;
  readonly text: string;
  readonly breadcrumb: string;
  /** 'section', or 'paragraph' for the children that point at their section. */
  readonly kind?: string;
  readonly sectionPath?: string | readonly string[];
  readonly page: number | null;
  readonly document?: {
    readonly id: string;
    readonly title: string;
    readonly path: string;
    readonly url: string | null;
    readonly source: string;
  };
}

export interface KnowledgeSource {
  readonly name: string;
  readonly type: string;
  readonly lastSyncedAt: string | null;
  readonly documents: number;
  readonly chunks: number;
}

export interface KnowledgeDocument {
  readonly id: string;
  readonly source: string;
  readonly path: string;
  readonly title: string;
  readonly url: string | null;
  readonly updatedAt: string | null;
  readonly ingestedAt?: string;
  readonly chunks: number;
  /** Age from `updatedAt`, or from `ingestedAt` when the document carries no date (`basis`). */
  readonly freshness: { readonly ageDays: number | null; readonly stale: boolean; readonly basis?: 'updatedAt' | 'ingestedAt' };
}

/** Scores by name (`fieldScores`: title, body, …; `signals`: bm25, dense, history, …). */
export type ScoreMap = Readonly<Record<string, number>>;

export interface SearchResult {
  readonly rank: number;
  readonly chunkId: string;
  readonly title: string;
  readonly breadcrumb: string;
  readonly path: string;
  readonly score: number;
  readonly fieldScores?: ScoreMap;
  readonly signals?: ScoreMap;
  readonly text: string;
}

export interface SearchResponse {
  readonly query: string;
  readonly terms: readonly string[];
  readonly results: readonly SearchResult[];
}

export interface MetricsRow {
  readonly key: string;
  readonly conversations: number;
  readonly messages: number;
  readonly answered: number;
  readonly declined: number;
  readonly refused?: number;
  readonly held?: number;
  readonly handoffs: number;
  readonly automatedResolutionRate: number | null;
  readonly escalationRate: number | null;
  readonly thumbsUp: number;
  readonly thumbsDown: number;
  readonly csat: number | null;
  readonly p50Ms: number | null;
  readonly p95Ms: number | null;
  readonly stageP95Ms: Readonly<Record<string, number>>;
  readonly cost: number | null;
  // Issue 19's outcome figures; optional so a server from before them still draws the other charts.
  /** Conversations by outcome: resolved_bot, resolved_human, escalated, abandoned, reopened, open. */
  readonly byOutcome?: Readonly<Record<string, number>>;
  /** Share of the conversations that never reached a person. */
  readonly deflectionRate?: number | null;
  /** Share reopened within the reopen window of a resolution. */
  readonly reopenRate?: number | null;
  /** CSAT with each rating weighted by its rater's trust (the rater-anomaly filter). */
  readonly csatFiltered?: number | null;
  /** The composite quality label's confidence-weighted mean, -1 to 1. */
  readonly labelMean?: number | null;
  readonly costPerResolution?: number | null;
}

export interface MetricsSummary {
  readonly from: string;
  readonly to: string;
  readonly by: 'day' | 'intent' | 'persona' | 'release';
  readonly rows: readonly MetricsRow[];
  readonly intentMix: readonly { readonly intent: string; readonly count: number }[];
}
