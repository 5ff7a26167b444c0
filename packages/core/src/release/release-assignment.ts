/** Which release and arm answer a unit (a customer, device or conversation): the seam rollouts and experiments fill. */
import { unreleased } from '../outcomes/conversation-outcomes.js';

/** The release that produces a reply and the arm within it. */
export interface ReleaseArm {
  /** The release's name; `unreleased` when none has been created. */
  readonly release: string;
  /** The rollout or experiment arm; `baseline` outside any. */
  readonly arm: string;
  /** The A/B experiment that chose the arm, so two experiments with alike arm names are never confused; absent elsewhere. */
  readonly experiment?: string;
  /**
   * Set in a staged rollout's first stage when it lists intents: this release answers only messages of these intents,
   * and every other message of the unit is answered as `otherwise` says (the baseline, in an arm no analysis reads).
   */
  readonly onlyIntents?: readonly string[];
  readonly otherwise?: ReleaseArm;
}

/** The release, arm and experiment alone, as a reply records them. */
export function plainArm({ release, arm, experiment }: ReleaseArm): ReleaseArm {
  return experiment === undefined ? { release, arm } : { release, arm, experiment };
}

/** Chooses the release and arm for a unit; consulted by the conversation service before the pipeline runs. */
export interface ReleaseAssignment {
  current(unit: string): Promise<ReleaseArm>;
}

/** The arm of every unit outside a rollout or experiment. */
export const baselineArm = 'baseline';

/**
 * One serving release and no rollout: every unit gets it as the baseline arm; `unreleased` when there is none.
 * `serving` is the release the pipeline was built from, so what a reply records is what produced it.
 */
export function servingReleaseAssignment(serving: string | null): ReleaseAssignment {
  const chosen: ReleaseArm = { release: serving ?? unreleased, arm: baselineArm };
  return { current: async () => chosen };
}
