/** The repository of A/B experiment definitions (issue 20), shared by every process over the store. */
import type { Experiment } from './experiment.js';

export interface ExperimentStore {
  /** Stores an experiment. Rejects with a `SwitchboardError` `VALIDATION_FAILED` naming it when the name is taken. */
  create(experiment: Experiment): Promise<void>;
  /** The experiment with this name, or null when unknown. */
  get(name: string): Promise<Experiment | null>;
  /** Every experiment, oldest first (in the order created). */
  list(): Promise<Experiment[]>;
  /**
   * Stops a running experiment (`state` 'stopped', `stoppedAt` as given) and answers whether it did: false when the
   * name is unknown or it was stopped already. A conditional write: of two concurrent stops, across processes too,
   * exactly one applies.
   */
  stop(name: string, stoppedAt: string): Promise<boolean>;
}
