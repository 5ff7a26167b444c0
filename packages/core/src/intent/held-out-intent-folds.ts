/** Splits labelled rows into folds that each hold out whole intents, to stand in for out-of-scope traffic. */
import { seededRandom, shuffleInPlace } from './seeded-random.js';
import { stratifiedSplit } from './stratified-split.js';

export interface HeldOutIntentFold {
  /** The intents the fold's model learns, sorted. */
  readonly keptLabels: string[];
  /** Rows to fit on: most rows of the kept intents. */
  readonly fit: number[];
  /** Unseen rows of the kept intents: the in-scope side of the calibration. */
  readonly inScope: number[];
  /** Every row of the held-out intents: texts the fold's model has never seen an intent for. */
  readonly standIns: number[];
}

export interface HeldOutIntentFoldOptions {
  /** Number of folds; each holds out about 1/folds of the intents, and every intent is held out once. */
  readonly folds: number;
  /** Share of each kept intent's rows held out as unseen in-scope rows. */
  readonly inScopeFraction: number;
  readonly seed: number;
}

/**
 * Intents are shuffled (seeded) and dealt round-robin into folds. A fold that would keep fewer than two intents is
 * dropped, so with fewer than three intents there are no folds.
 */
export function heldOutIntentFolds(labels: readonly string[], options: HeldOutIntentFoldOptions): HeldOutIntentFold[] {
  const intents = [...new Set(labels)].sort();
  const random = seededRandom(options.seed);
  shuffleInPlace(intents, random);
  const foldCount = Math.min(Math.max(0, Math.floor(options.folds)), intents.length);
  const folds: HeldOutIntentFold[] = [];
  for (let fold = 0; fold < foldCount; fold++) {
    const heldOut = new Set(intents.filter((_, k) => k % foldCount === fold));
    if (intents.length - heldOut.size < 2) continue;
    const standIns: number[] = [];
    const kept: number[] = [];
    for (const [i, label] of labels.entries()) (heldOut.has(label) ? standIns : kept).push(i);
    const split = stratifiedSplit(
      kept.map((i) => labels[i]!),
      options.inScopeFraction,
      options.seed + fold + 1,
    );
    folds.push({
      keptLabels: intents.filter((intent) => !heldOut.has(intent)).sort(),
      fit: split.kept.map((k) => kept[k]!),
      inScope: split.heldOut.map((k) => kept[k]!),
      standIns,
    });
  }
  return folds;
}
