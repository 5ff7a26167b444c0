import { describe, expect, it } from 'vitest';
import { regularizedBeta, studentTCdf, studentTQuantile } from './student-t-distribution.js';

const relativeError = (actual: number, expected: number): number => Math.abs(actual / expected - 1);

// Reference values: scipy 1.17.1 (scipy.stats.t.ppf and .cdf, scipy.special.betainc).
describe('studentTQuantile', () => {
  it.each([
    [0.975, 10, 2.228138851986274], // the familiar table value t(0.975; 10) = 2.228
    [0.975, 1, 12.706204736174694],
    [0.975, 2.5, 3.5746548420036817], // Welch–Satterthwaite degrees of freedom are not integers
    [0.995, 37.3, 2.714230645090715],
    [0.025, 1e6, -1.9599663568141072],
    [1e-6, 3, -103.29946778041935],
  ])('t quantile at p = %d with %d degrees of freedom matches scipy', (p, nu, expected) => {
    expect(relativeError(studentTQuantile(p, nu), expected)).toBeLessThan(1e-11);
  });
});

describe('studentTCdf', () => {
  it('matches scipy.stats.t.cdf', () => {
    expect(relativeError(studentTCdf(2, 5), 0.9490302605850708)).toBeLessThan(1e-14);
    expect(relativeError(studentTCdf(-3.5, 12.7), 0.002021919962850323)).toBeLessThan(1e-12);
    expect(studentTCdf(0, 4)).toBe(0.5);
  });
});

describe('regularizedBeta', () => {
  it('matches scipy.special.betainc, which for integer a, b is a binomial sum', () => {
    // I_0.4(2, 3) = P(Binomial(4, 0.4) ≥ 2) = 1 − 0.6⁴ − 4·0.4·0.6³ = 0.5248
    expect(relativeError(regularizedBeta(0.4, 2, 3), 0.5248)).toBeLessThan(1e-14);
    expect(relativeError(regularizedBeta(0.01, 0.5, 10), 0.3420718248432154)).toBeLessThan(1e-13);
  });
});
