/** Append-only events for metrics, audits and training-data export. */

export interface SwitchboardEvent {
  /** Unique: appending a second event with a stored id rejects. */
  readonly id: string;
  /** Dotted name, e.g. 'message.answered', 'ingest.document.failed'. */
  readonly type: string;
  readonly at: string;
  readonly conversationId: string | null;
  readonly data: Readonly<Record<string, unknown>>;
}

/**
 * An event a pipeline stage decided on but did not write: the conversation service stamps its id, time and
 * conversation and commits it with the reply (stages return decisions; one owner writes).
 */
export type PendingEvent = Pick<SwitchboardEvent, 'type' | 'data'>;

export interface EventQuery {
  readonly type?: string;
  readonly conversationId?: string;
  /** ISO time; only events at or after it. */
  readonly since?: string;
  /** At most this many: the first matching events appended. */
  readonly limit?: number;
}

export interface EventStore {
  append(event: SwitchboardEvent): Promise<void>;
  /** Events in the order they were appended. */
  list(query?: EventQuery): Promise<SwitchboardEvent[]>;
}
