/** A deterministic stratified split: a fixed fraction of each label's rows is held out. */
import { seededRandom, shuffleInPlace } from './seeded-random.js';

export interface Split {
  readonly kept: number[];
  readonly heldOut: number[];
}

/**
 * Splits row positions by label. Labels with fewer than `minimumPerLabel` rows stay whole in `kept`, so every
 * class can still be learned.
 */
export function stratifiedSplit(labels: readonly string[], fraction: number, seed: number, minimumPerLabel = 3): Split {
  const byLabel = new Map<string, number[]>();
  for (const [i, label] of labels.entries()) {
    const rows = byLabel.get(label) ?? [];
    rows.push(i);
    byLabel.set(label, rows);
  }
  const random = seededRandom(seed);
  const kept: number[] = [];
  const heldOut: number[] = [];
  for (const label of [...byLabel.keys()].sort()) {
    const rows = byLabel.get(label)!;
    shuffleInPlace(rows, random);
    const take = rows.length < minimumPerLabel ? 0 : Math.max(1, Math.round(rows.length * fraction));
    heldOut.push(...rows.slice(0, take));
    kept.push(...rows.slice(take));
  }
  return { kept: kept.sort((a, b) => a - b), heldOut: heldOut.sort((a, b) => a - b) };
}
