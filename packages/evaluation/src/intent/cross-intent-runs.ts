/** Train/test runs from one file with no out-of-scope rows: intents held out of training are the runs' oos rows. */
import { heldOutIntentFolds, type IntentExample } from '@switchboard/core/intent';
import { SwitchboardError } from '@switchboard/spec';

export interface IntentEvalRun {
  readonly train: readonly IntentExample[];
  readonly test: readonly IntentExample[];
}

/** Not the trainer's seed (13), so the evaluation folds and the trainer's own calibration folds are unrelated. */
export const crossIntentSeed = 20261205;

/**
 * round(1/fraction) runs; each holds out about `fraction` of the intents, every intent once. A run trains on the
 * other intents minus `fraction` of each one's rows (stratified, seeded) and tests on those rows plus every row of
 * its held-out intents, relabelled `oosLabel`. With fraction 0.25 about 57% of the test rows are out of scope, close
 * to the live traffic of small bots (HINT3 test: 42–72%). Rows already labelled `oosLabel` are left out.
 */
export function crossIntentRuns(examples: readonly IntentExample[], fraction: number, oosLabel = 'oos'): IntentEvalRun[] {
  if (!(fraction > 0 && fraction <= 0.5)) {
    throw new SwitchboardError(
      'VALIDATION_FAILED',
      `--cross-intent: expected a share of the intents above 0 and at most 0.5, got ${fraction}`,
    );
  }
  const inScope = examples.filter((example) => example.label !== oosLabel);
  const folds = heldOutIntentFolds(
    inScope.map((example) => example.label),
    { folds: Math.round(1 / fraction), inScopeFraction: fraction, seed: crossIntentSeed },
  );
  if (folds.length === 0) {
    throw new SwitchboardError('DATASET_INVALID', '--cross-intent needs at least three intents besides "oos" in the training file');
  }
  return folds.map((fold) => ({
    train: fold.fit.map((i) => inScope[i]!),
    test: [...fold.inScope.map((i) => inScope[i]!), ...fold.standIns.map((i) => ({ text: inScope[i]!.text, label: oosLabel }))],
  }));
}
