/** Append-only events for metrics, audits and training-data export. */

export interface SwitchboardEvent {
  readonly id: string;
  /** Dotted name, e.g. 'message.answered', 'ingest.document.failed'. */
  readonly type: string;
  readonly at: string;
  readonly conversationId: string | null;
  readonly data: Readonly<Record<string, unknown>>;
}

export interface EventQuery {
  readonly type?: string;
  readonly conversationId?: string;
  /** ISO time; only events at or after it. */
  readonly since?: string;
  readonly limit?: number;
}

export interface EventStore {
  append(event: SwitchboardEvent): Promise<void>;
  /** Events in the order they were appended. */
  list(query?: EventQuery): Promise<SwitchboardEvent[]>;
}
