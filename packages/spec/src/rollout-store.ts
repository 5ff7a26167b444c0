/** The repository of staged rollouts, shared by every replica; changes are conditional writes (issue 20 item 3). */
import type { Rollout } from './rollout.js';

export interface RolloutStore {
  /**
   * Stores a new rollout (its `version` as given) unless another is running or paused, and answers whether it did.
   * Of two concurrent starts at most one applies, across processes too.
   */
  create(rollout: Rollout): Promise<boolean>;
  /** The rollout with this id, or null when unknown. */
  get(id: string): Promise<Rollout | null>;
  /** The most recently started rollout, whatever its state, or null when none was ever started. */
  latest(): Promise<Rollout | null>;
  /**
   * Replaces the rollout of `next.id` with `next` (stored with version `expectedVersion + 1`) if its stored version is
   * still `expectedVersion`, and answers whether it did: of two replicas ticking at once exactly one applies.
   */
  update(next: Rollout, expectedVersion: number): Promise<boolean>;
}
