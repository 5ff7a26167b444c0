/** The repository of handoffs: the queue humans work from. */
import type { HandoffRecord, HandoffStatus } from './handoff.js';

export interface HandoffQuery {
  /** Only handoffs in these states; all when absent. */
  readonly status?: readonly HandoffStatus[];
  readonly conversationId?: string;
  readonly limit?: number;
}

export interface HandoffStore {
  create(record: HandoffRecord): Promise<void>;
  /** The handoff, or null when unknown. */
  get(id: string): Promise<HandoffRecord | null>;
  /** Handoffs oldest first. */
  list(query?: HandoffQuery): Promise<HandoffRecord[]>;
  /** Writes the status fields of an existing handoff (status, claimedBy, claimedAt, releasedAt). */
  update(record: HandoffRecord): Promise<void>;
}
