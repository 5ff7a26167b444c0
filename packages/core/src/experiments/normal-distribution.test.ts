import { describe, expect, it } from 'vitest';
import { erf, erfc, normalCdf, normalQuantile, normalSurvival } from './normal-distribution.js';

/** |actual/expected − 1|: these functions promise relative, not absolute, accuracy. */
const relativeError = (actual: number, expected: number): number => Math.abs(actual / expected - 1);

// Reference values: scipy 1.17.1 (scipy.special.erf/erfc, scipy.stats.norm.cdf/sf/ppf), which wraps Cephes.
describe('erf and erfc', () => {
  it.each([
    [0.5, 0.5204998778130465],
    [2, 0.9953222650189527],
    [-2, -0.9953222650189527],
  ])('erf(%d) matches scipy', (x, expected) => {
    expect(relativeError(erf(x), expected)).toBeLessThan(2e-15);
  });

  it.each([
    [0.1, 0.8875370839817152],
    [-1, 1.8427007929497148],
    [2, 0.004677734981047266],
    [5, 1.5374597944280347e-12],
    [10, 2.0884875837625446e-45],
    [20, 5.395865611607901e-176],
  ])('erfc(%d) matches scipy, in the far tail too', (x, expected) => {
    expect(relativeError(erfc(x), expected)).toBeLessThan(1e-14);
  });
});

describe('normalCdf', () => {
  it('gives Φ(1) = 0.8413447460685429 and Φ(−1.96) = 0.024997895148220435 (scipy.stats.norm.cdf)', () => {
    expect(relativeError(normalCdf(1), 0.8413447460685429)).toBeLessThan(1e-15);
    expect(relativeError(normalCdf(-1.96), 0.024997895148220435)).toBeLessThan(1e-14);
    expect(relativeError(normalCdf(0.5), 0.6914624612740131)).toBeLessThan(1e-15);
  });

  it('keeps relative precision deep in the tails: Φ(−10) = 7.61985302416047e-24, 1 − Φ(6) = 9.865876450376946e-10', () => {
    expect(relativeError(normalCdf(-10), 7.61985302416047e-24)).toBeLessThan(1e-13);
    expect(relativeError(normalSurvival(6), 9.865876450376946e-10)).toBeLessThan(1e-13);
  });
});

describe('normalQuantile (AS 241)', () => {
  it.each([
    [0.975, 1.959963984540054],
    [0.95, 1.6448536269514722],
    [0.8, 0.8416212335729143],
    [0.3, -0.5244005127080409],
    [1e-10, -6.361340902404056],
    [0.999999, 4.753424308817087],
    [1e-300, -37.0470962993612],
  ])('Φ⁻¹(%d) matches scipy.stats.norm.ppf', (p, expected) => {
    expect(relativeError(normalQuantile(p), expected)).toBeLessThan(1e-15);
  });

  it('inverts normalCdf across the range', () => {
    // Not far above 0: p close to 1 holds too few digits for any inverse to recover z to 12 places.
    for (const z of [-8, -3.3, -1, -0.01, 0.2, 1.7]) expect(normalQuantile(normalCdf(z))).toBeCloseTo(z, 12);
  });

  it('maps 0 and 1 to the infinities and refuses probabilities outside [0, 1]', () => {
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(() => normalQuantile(1.5)).toThrow(RangeError);
  });
});
