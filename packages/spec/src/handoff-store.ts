/** The repository of handoffs: the queue humans work from. */
import type { HandoffRecord, HandoffStatus } from './handoff.js';

export interface HandoffQuery {
  /** Only handoffs in these states; all when absent. */
  readonly status?: readonly HandoffStatus[];
  readonly conversationId?: string;
  readonly limit?: number;
}

/** The state a handoff must still be in for a transition to apply. */
export interface HandoffExpectation {
  /** One of these statuses. */
  readonly status: readonly HandoffStatus[];
  /** Held by exactly this agent (null: held by nobody); any holder when absent. */
  readonly claimedBy?: string | null;
}

/** The status fields a transition writes; an absent field keeps its value. */
export interface HandoffChange {
  readonly status: HandoffStatus;
  readonly claimedBy?: string | null;
  readonly claimedAt?: string | null;
  readonly releasedAt?: string | null;
}

export interface HandoffStore {
  create(record: HandoffRecord): Promise<void>;
  /** The handoff, or null when unknown. */
  get(id: string): Promise<HandoffRecord | null>;
  /** Handoffs oldest first. */
  list(query?: HandoffQuery): Promise<HandoffRecord[]>;
  /**
   * Writes `change` to the handoff only while it is still as `expected`, in one conditional write
   * (`UPDATE … WHERE id = ? AND status IN (…) AND claimed_by IS ?`), so of any number of concurrent
   * transitions from the same state exactly one applies, across processes too.
   * Returns the handoff as written, or null when it is unknown or no longer in the expected state.
   */
  transition(id: string, expected: HandoffExpectation, change: HandoffChange): Promise<HandoffRecord | null>;
}
