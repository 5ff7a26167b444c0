/** Which units a shadow run samples: deterministic, sticky per customer, and independent of rollouts and experiments. */
import type { ShadowRun } from '@switchboard/spec';
import { hashPosition } from '../experiments/assign-arm.js';

/**
 * True when `unit` (`assignmentUnit`: customer, else device, else conversation) is in the run's `percent`: its
 * murmur3 position under the run's salt is below percent/100. The same unit and run always answer the same, so a
 * shadowed customer's whole conversation is shadowed; a new run's new salt draws a new sample. The permanent holdout
 * does not apply: the shadow changes nothing a customer sees.
 */
export function inShadow(unit: string, run: Pick<ShadowRun, 'salt' | 'percent'>): boolean {
  return hashPosition(unit, run.salt) < run.percent / 100;
}
