/** A shadow run (issue 20 item 6): a candidate release answering live messages beside production, seen by no customer. */

export interface ShadowRun {
  /** Unique; the `shadow.reply` events of the run carry it, so a report reads only its own replies. */
  readonly id: string;
  /** The candidate release (a `ReleaseStore` name) that answers in the shadow. */
  readonly release: string;
  /** The share of units (customers, devices, conversations) whose messages the candidate also answers, 1–100. */
  readonly percent: number;
  /** The sampling salt: a new one per run, so which customers are shadowed does not carry into the next run. */
  readonly salt: string;
  /** At most one run is `running` at a time, across every process over the store. */
  readonly state: 'running' | 'stopped';
  /** ISO time it was started. */
  readonly startedAt: string;
  /** ISO time it was stopped; null while it runs. */
  readonly stoppedAt: string | null;
  /** Who started it: an API key's name, or `cli:<user>`; null when unknown. */
  readonly by: string | null;
  /** Who stopped it; null while it runs or when unknown. */
  readonly stoppedBy: string | null;
}
