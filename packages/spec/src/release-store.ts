/** The repository of releases and the pointer to the one that serves (issue 20). */
import type { Release } from './release.js';

export interface ReleaseStore {
  /** Stores a release. Rejects with a `SwitchboardError` `VALIDATION_FAILED` naming it when the name is taken. */
  create(release: Release): Promise<void>;
  /** The release with this name, or null when unknown. */
  get(name: string): Promise<Release | null>;
  /** Every release, oldest first (in the order created). */
  list(): Promise<Release[]>;
  /** The name of the release that answers customers, or null before the first is made serving. */
  serving(): Promise<string | null>;
  /**
   * Makes `name` the serving release if the pointer is still `expectedCurrent` (null: none serves yet), and answers
   * whether it did. Of concurrent changes from the same expected value exactly one applies, across processes too.
   * Rejects with `NOT_FOUND` when no release has this name.
   */
  setServing(name: string, expectedCurrent: string | null): Promise<boolean>;
}
