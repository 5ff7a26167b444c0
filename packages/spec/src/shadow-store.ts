/** The repository of shadow runs (issue 20 item 6), shared by every replica through the store. */
import type { ShadowRun } from './shadow-run.js';

export interface ShadowStore {
  /**
   * Stores a new run (its state `running`). Rejects with a `SwitchboardError` `VALIDATION_FAILED` naming the running
   * one when another is running: of two concurrent starts at most one applies, across processes too.
   */
  start(run: ShadowRun): Promise<void>;
  /** The running run, or null when none runs. */
  current(): Promise<ShadowRun | null>;
  /** The most recently started run, whatever its state, or null when none was ever started. */
  latest(): Promise<ShadowRun | null>;
  /**
   * Stops the running run at `at` (ISO time) by `by`, and answers it as stored; null when none was running. Of two
   * concurrent stops exactly one answers the run.
   */
  stop(at: string, by: string | null): Promise<ShadowRun | null>;
}
