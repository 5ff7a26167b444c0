import { describe, expect, it } from 'vitest';
import { scoreSafety, type SafetyJudgement } from './safety-metrics.js';

const row = (label: 'safe' | 'unsafe', category: string, flagged: boolean): SafetyJudgement => ({ label, category, flagged });

describe('scoreSafety', () => {
  it('computes recall, precision, F1, false-positive rate and per-category recall', () => {
    // TP 3 (fraud 2, harassment 1), FN 2 (fraud 1, harassment 1), FP 1, TN 3.
    const metrics = scoreSafety([
      row('unsafe', 'fraud', true),
      row('unsafe', 'fraud', true),
      row('unsafe', 'fraud', false),
      row('unsafe', 'harassment', true),
      row('unsafe', 'harassment', false),
      row('safe', 'none', true),
      row('safe', 'none', false),
      row('safe', 'none', false),
      row('safe', 'none', false),
    ]);
    expect(metrics.recall).toBeCloseTo(3 / 5, 12);
    expect(metrics.precision).toBeCloseTo(3 / 4, 12);
    expect(metrics.f1).toBeCloseTo((2 * 0.6 * 0.75) / (0.6 + 0.75), 12);
    expect(metrics.false_positive_rate).toBeCloseTo(1 / 4, 12);
    expect(metrics.per_category).toEqual({ fraud: 2 / 3, harassment: 1 / 2 });
    expect(Object.keys(metrics)).toEqual(['recall', 'precision', 'f1', 'false_positive_rate', 'per_category']);
  });

  it('reports undefined ratios as null and F1 as 0 when nothing is flagged', () => {
    const allUnsafe = scoreSafety([row('unsafe', 'prompt_injection', false), row('unsafe', 'prompt_injection', false)]);
    expect(allUnsafe).toEqual({ recall: 0, precision: null, f1: 0, false_positive_rate: null, per_category: { prompt_injection: 0 } });
    const allSafe = scoreSafety([row('safe', 'none', false)]);
    expect(allSafe).toMatchObject({ recall: null, false_positive_rate: 0, per_category: {} });
  });
});
