import { describe, expect, it } from 'vitest';
import { chooseStandInThreshold, type FoldConfidences } from './choose-stand-in-threshold.js';

const inScope = (confidences: number[], correct = true) => confidences.map((confidence) => ({ confidence, correct }));

describe('chooseStandInThreshold', () => {
  it('places the threshold between confident in-scope rows and unsure stand-ins', () => {
    const folds: FoldConfidences[] = [
      { inScope: inScope([0.8, 0.9, 0.95, 0.99]), standIns: [0.3, 0.4, 0.5] },
      { inScope: inScope([0.85, 0.9, 0.97]), standIns: [0.2, 0.6] },
    ];
    const threshold = chooseStandInThreshold(folds, 0.1);
    expect(threshold).toBeGreaterThan(0.6);
    expect(threshold).toBeLessThan(0.8);
  });

  it('rejects in-scope rows the model gets wrong at no cost, but weighs right ones by the assumed oos share', () => {
    // A stand-in at 0.7 sits above a right in-scope row at 0.65: catching it costs that row.
    const folds: FoldConfidences[] = [{ inScope: [...inScope([0.65, 0.9, 0.95, 0.99]), ...inScope([0.5], false)], standIns: [0.3, 0.7] }];
    expect(chooseStandInThreshold(folds, 0.1)).toBeCloseTo((0.3 + 0.65) / 2, 6);
    expect(chooseStandInThreshold(folds, 0.5)).toBeCloseTo(0.8, 6);
  });

  it('places no threshold when out-of-scope traffic is assumed away or there are no stand-ins', () => {
    const folds: FoldConfidences[] = [{ inScope: inScope([0.8, 0.9]), standIns: [0.3] }];
    expect(chooseStandInThreshold(folds, 0)).toBe(0);
    expect(chooseStandInThreshold([{ inScope: inScope([0.8, 0.9]), standIns: [] }], 0.5)).toBe(0);
    expect(chooseStandInThreshold([], 0.5)).toBe(0);
  });

  it('ignores rows with no known word, which are rejected whatever the threshold', () => {
    const folds: FoldConfidences[] = [{ inScope: inScope([0.8, 0.9, -Infinity]), standIns: [-Infinity, -Infinity] }];
    expect(chooseStandInThreshold(folds, 0.5)).toBe(0);
  });
});
