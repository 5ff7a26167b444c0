/** Deterministic, sticky assignment of a unit (customer, device, conversation) to an arm, with a permanent holdout. */
import { murmur3 } from './murmur3.js';

/** One arm and its share of the units that are not held out. */
export interface ArmWeight {
  readonly name: string;
  readonly weight: number;
}

export type Assignment = { readonly heldOut: true } | { readonly heldOut: false; readonly arm: string };

export interface AssignOptions {
  /**
   * The salt of the holdout hash. The holdout is permanent: it is drawn with this fixed salt, not the rollout's, so
   * the same customers stay out of every rollout and experiment and can measure their cumulative effect.
   */
  readonly holdoutSalt?: string;
}

/** A unit's position in [0, 1) under a salt: its 32-bit hash divided by 2³². */
export function hashPosition(unitId: string, salt: string): number {
  return murmur3(`${salt}\u0000${unitId}`) / 2 ** 32;
}

/**
 * Assigns `unitId` in two steps. First the holdout: units whose holdout position is below holdoutPercent/100 are
 * held out (they get the baseline and join no analysis). Then the arms: the unit's position under `salt` falls in
 * one arm's slice of [0, 1), the slices laid end to end in the given order, sized by normalised weight.
 *
 * The same id and salt always give the same arm (no state to store). Because slices are laid in order, growing the
 * first arm's weight only extends its slice: list a rollout's candidate first and every unit it had at 5% is still
 * in it at 20%. A new salt reshuffles everyone; use one per rollout or experiment, so that one test's assignment
 * does not carry into the next.
 */
export function assignArm(
  unitId: string,
  salt: string,
  arms: readonly ArmWeight[],
  holdoutPercent: number,
  options: AssignOptions = {},
): Assignment {
  if (!(holdoutPercent >= 0 && holdoutPercent <= 100))
    throw new RangeError(`assignArm: holdoutPercent must be in [0, 100], got ${holdoutPercent}`);
  if (arms.length === 0 || arms.some((arm) => !(arm.weight >= 0)))
    throw new RangeError('assignArm: at least one arm, weights non-negative');
  const total = arms.reduce((sum, arm) => sum + arm.weight, 0);
  if (!(total > 0)) throw new RangeError('assignArm: the weights sum to 0');
  if (hashPosition(unitId, options.holdoutSalt ?? 'switchboard-holdout') < holdoutPercent / 100) return { heldOut: true };
  const position = hashPosition(unitId, salt) * total;
  let end = 0;
  for (const arm of arms) {
    end += arm.weight;
    if (position < end) return { heldOut: false, arm: arm.name };
  }
  // Floating-point sums can end a hair below the total; the last arm with weight owns the remainder.
  const last = [...arms].reverse().find((arm) => arm.weight > 0);
  return { heldOut: false, arm: (last ?? arms[arms.length - 1])?.name ?? '' };
}
