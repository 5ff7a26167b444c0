import { describe, expect, it } from 'vitest';
import { summarizeValues } from './arm-statistics.js';
import { bySegment } from './by-segment.js';
import { meanDifference } from './mean-difference.js';
import { proportionDifference, wilsonInterval } from './proportion-difference.js';
import { relativeLift } from './relative-lift.js';

describe('proportionDifference', () => {
  // Reference values: Newcombe (1998), Statistics in Medicine 17:873–890, Table II, method 10 (to four decimals),
  // and statsmodels 0.15.0 confint_proportions_2indep(…, method='newcomb' | 'wald', compare='diff') (full digits).
  it.each([
    [56, 70, 48, 80, 0.05243147240236498, 0.33387265403690614], // Newcombe: 0.0524, 0.3339
    [9, 10, 3, 10, 0.1705227239345029, 0.809017973535488], // Newcombe: 0.1705, 0.8090
    [5, 56, 0, 29, -0.038137147903536936, 0.19256001385511165], // Newcombe: −0.0381, 0.1926
  ])('Newcombe interval for %d/%d − %d/%d matches the published table', (x1, n1, x2, n2, lower, upper) => {
    const result = proportionDifference({ successes: x2, count: n2 }, { successes: x1, count: n1 });
    expect(result.estimate).toBeCloseTo(x1 / n1 - x2 / n2, 15);
    expect(result.interval.lower).toBeCloseTo(lower, 12);
    expect(result.interval.upper).toBeCloseTo(upper, 12);
  });

  it('gives the Wald interval on request, and Wald collapses where Newcombe does not', () => {
    const wald = proportionDifference({ successes: 48, count: 80 }, { successes: 56, count: 70 }, { method: 'wald' });
    expect(wald.interval.lower).toBeCloseTo(0.057504899149037114, 12);
    expect(wald.interval.upper).toBeCloseTo(0.342495100850963, 12);
    // 5/56 − 0/29: Wald's interval (0.0146, 0.1640) excludes 0 on the strength of an arm with no events.
    const sparse = proportionDifference({ successes: 0, count: 29 }, { successes: 5, count: 56 }, { method: 'wald' });
    expect(sparse.interval.lower).toBeCloseTo(0.014600240442591991, 12);
  });
});

describe('wilsonInterval', () => {
  it('matches statsmodels proportion_confint(56, 70, method="wilson")', () => {
    const interval = wilsonInterval(56, 70, 1.959963984540054);
    expect(interval.lower).toBeCloseTo(0.6918335550374695, 12);
    expect(interval.upper).toBeCloseTo(0.8769526075163705, 12);
  });
});

describe('meanDifference', () => {
  it('matches Welch’s interval from statsmodels and scipy on a small CSAT sample', () => {
    // Reference: statsmodels CompareMeans(…).tconfint_diff(usevar='unequal') and
    // scipy.stats.ttest_ind(equal_var=False).df on these ratings.
    const candidate = summarizeValues([4, 5, 3, 5, 4, 2, 5, 4, 4, 5, 3, 4]);
    const baseline = summarizeValues([3, 4, 2, 5, 3, 1, 4, 3, 2, 4, 3]);
    const result = meanDifference(baseline, candidate);
    expect(result.estimate).toBeCloseTo(4 - 3.090909090909091, 14);
    expect(result.degreesOfFreedom).toBeCloseTo(19.63828698856234, 10);
    expect(result.interval.lower).toBeCloseTo(-0.008661351814000962, 10);
    expect(result.interval.upper).toBeCloseTo(1.8268431699958194, 10);
  });
});

describe('relativeLift', () => {
  // Reference values: the delta-method formula of Deng, Knoblich & Lu (2018) evaluated in Python with scipy's
  // norm.ppf(0.975).
  it('gives the lift of one rate over another with its delta-method interval', () => {
    const result = relativeLift({ successes: 1180, count: 5000 }, { successes: 1250, count: 5000 });
    expect(result.estimate).toBeCloseTo(0.05932203389830515, 14);
    expect(result.interval.lower).toBeCloseTo(-0.014009200914163647, 12);
    expect(result.interval.upper).toBeCloseTo(0.13265326871077393, 12);
  });

  it('gives the lift of one mean over another', () => {
    const result = relativeLift({ count: 400, mean: 4.1, variance: 1.3 }, { count: 380, mean: 4.25, variance: 1.1 });
    expect(result.estimate).toBeCloseTo(0.03658536585365857, 14);
    expect(result.interval.lower).toBeCloseTo(-0.0016186497744436479, 12);
    expect(result.interval.upper).toBeCloseTo(0.07478938148176079, 12);
  });

  it('refuses a baseline of zero', () => {
    expect(() => relativeLift({ successes: 0, count: 10 }, { successes: 1, count: 10 })).toThrow(/baseline mean is 0/);
  });
});

describe('bySegment', () => {
  it('analyses each segment in order of first appearance and skips those under the minimum', () => {
    const rows = [
      { intent: 'refund', resolved: 1 },
      { intent: 'shipping', resolved: 0 },
      { intent: 'refund', resolved: 0 },
      { intent: 'refund', resolved: 1 },
    ];
    const results = bySegment(
      rows,
      (row) => row.intent,
      (members) => members.filter((row) => row.resolved === 1).length / members.length,
      { minimumRows: 2 },
    );
    expect(results).toEqual([
      { segment: 'refund', count: 3, result: 2 / 3 },
      { segment: 'shipping', count: 1, result: undefined },
    ]);
  });
});
