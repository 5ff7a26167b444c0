/** The trainer options an operator may set: the expected out-of-scope share when the file has no "oos" rows. */
import type { IntentTrainingOptions } from '@switchboard/core/intent';
import { SwitchboardError } from '@switchboard/spec';

export function intentTrainingOptions(oosShare: string | undefined): Partial<IntentTrainingOptions> {
  if (oosShare === undefined) return {};
  const share = Number(oosShare);
  if (!(share >= 0 && share < 1))
    throw new SwitchboardError('VALIDATION_FAILED', `--oos-share: expected a number from 0 up to 1, got '${oosShare}'`);
  return { oosShareWithoutOos: share };
}
