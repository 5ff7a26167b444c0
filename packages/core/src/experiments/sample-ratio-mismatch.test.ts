import { describe, expect, it } from 'vitest';
import { sampleRatioMismatch } from './sample-ratio-mismatch.js';

// Reference values: scipy 1.17.1, scipy.stats.chisquare(observed, expected).
describe('sampleRatioMismatch', () => {
  it('flags 50,000 against 49,000 on a 50/50 split: χ² = 10.101, p = 0.00148', () => {
    const check = sampleRatioMismatch([50_000, 49_000], [0.5, 0.5], { threshold: 0.01 });
    expect(check.statistic).toBeCloseTo(10.1010101010101, 10);
    expect(check.degreesOfFreedom).toBe(1);
    expect(check.pValue).toBeCloseTo(0.0014818807747203882, 14);
    expect(check.mismatch).toBe(true);
  });

  it('tests three arms against unequal shares, which it normalises (45/45/10)', () => {
    const check = sampleRatioMismatch([4400, 4650, 950], [45, 45, 10]);
    expect(check.statistic).toBeCloseTo(9.722222222222221, 10);
    expect(check.pValue).toBeCloseTo(0.007741877024846629, 14);
    expect(check.mismatch).toBe(false); // above the default threshold of 0.001
  });

  it('does not flag counts that fit the split', () => {
    const check = sampleRatioMismatch([5012, 4988], [1, 1]);
    expect(check.mismatch).toBe(false);
    expect(check.pValue).toBeGreaterThan(0.8);
  });

  it('refuses mismatched lengths', () => {
    expect(() => sampleRatioMismatch([1, 2, 3], [0.5, 0.5])).toThrow(RangeError);
  });
});
