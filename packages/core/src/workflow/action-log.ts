/** The append-only action log: who did what, with which arguments, what came of it, and when. */

export type ActionStatus = 'executed' | 'blocked' | 'failed' | 'awaiting_approval';

export interface ActionLogEntry {
  readonly id: string;
  readonly conversationId: string;
  /** Who attempted it: 'agent', 'workflow:<name>', or 'human:<name>'. */
  readonly actor: string;
  readonly tool: string;
  readonly arguments: Readonly<Record<string, unknown>>;
  readonly status: ActionStatus;
  /** Why it was blocked or failed, in words the bot can repeat to the customer. */
  readonly reason?: string;
  /** The guard that blocked it, e.g. 'authentication', 'confirmation'. */
  readonly guard?: string;
  readonly result?: unknown;
  readonly idempotencyKey?: string;
  /** The person who approved a call parked for approval, on the entry of its run. */
  readonly approvedBy?: string;
  /** True when the engine turned the call into a handoff (kill switch). */
  readonly handedOff?: boolean;
  /** ISO 8601 time from the injected clock. */
  readonly at: string;
}

export interface ActionLog {
  append(entry: ActionLogEntry): void;
  list(conversationId: string): readonly ActionLogEntry[];
}

/** An in-memory log whose entries are frozen once written. */
export function createMemoryActionLog(): ActionLog {
  const entries: ActionLogEntry[] = [];
  return {
    append(entry) {
      entries.push(Object.freeze(structuredClone(entry)));
    },
    list: (conversationId) => entries.filter((entry) => entry.conversationId === conversationId),
  };
}
