import { describe, expect, it } from 'vitest';
import { heldOutIntentFolds } from './held-out-intent-folds.js';

const labels = Array.from({ length: 8 }, (_, intent) => Array.from({ length: 10 }, () => `intent-${intent}`)).flat();
const options = { folds: 4, inScopeFraction: 0.2, seed: 5 };

describe('heldOutIntentFolds', () => {
  const folds = heldOutIntentFolds(labels, options);

  it('holds every intent out in exactly one fold, about 1/folds of them each time', () => {
    expect(folds).toHaveLength(4);
    const heldOut = folds.flatMap((fold) => [...new Set(fold.standIns.map((i) => labels[i]))]);
    expect(heldOut.sort()).toEqual([...new Set(labels)].sort());
    for (const fold of folds) expect(new Set(fold.standIns.map((i) => labels[i])).size).toBe(2);
  });

  it('splits the kept intents into fitting rows and a stratified share of unseen in-scope rows', () => {
    for (const fold of folds) {
      const all = [...fold.fit, ...fold.inScope, ...fold.standIns].sort((a, b) => a - b);
      expect(all).toEqual([...labels.keys()]);
      expect(fold.inScope).toHaveLength(6 * 2);
      for (const i of [...fold.fit, ...fold.inScope]) expect(fold.keptLabels).toContain(labels[i]);
      for (const i of fold.standIns) expect(fold.keptLabels).not.toContain(labels[i]);
    }
  });

  it('is reproducible for a seed and changes with it', () => {
    expect(heldOutIntentFolds(labels, options)).toEqual(folds);
    const other = heldOutIntentFolds(labels, { ...options, seed: 6 });
    expect(other.map((fold) => fold.keptLabels)).not.toEqual(folds.map((fold) => fold.keptLabels));
  });

  it('makes no fold that would keep fewer than two intents', () => {
    expect(heldOutIntentFolds(['a', 'a', 'b', 'b'], options)).toEqual([]);
    expect(heldOutIntentFolds(['a', 'b', 'c'], options)).toHaveLength(3);
  });
});
