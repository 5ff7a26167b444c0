import { describe, expect, it } from 'vitest';
import { chiSquareCdf, chiSquareSurvival } from './chi-square-distribution.js';
import { regularizedGammaP, regularizedGammaQ } from './regularized-gamma.js';

const relativeError = (actual: number, expected: number): number => Math.abs(actual / expected - 1);

// Reference values: scipy 1.17.1 (scipy.special.gammainc, gammaincc; scipy.stats.chi2.sf and .cdf).
describe('regularizedGammaP and regularizedGammaQ', () => {
  it('match scipy on both sides of the series/continued-fraction switch', () => {
    expect(relativeError(regularizedGammaP(3, 2), 0.32332358381693654)).toBeLessThan(1e-14);
    expect(relativeError(regularizedGammaQ(0.5, 20), 2.5396285894708634e-10)).toBeLessThan(1e-13);
    expect(relativeError(regularizedGammaQ(50, 40), 0.9296649333406051)).toBeLessThan(1e-14);
  });
});

describe('chiSquareSurvival', () => {
  it('gives chi2.sf(3.84, 1) = 0.05004352124870519 and chi2.sf(10, 3) = 0.01856613546304325', () => {
    expect(relativeError(chiSquareSurvival(3.84, 1), 0.05004352124870519)).toBeLessThan(1e-13);
    expect(relativeError(chiSquareSurvival(10, 3), 0.01856613546304325)).toBeLessThan(1e-13);
  });

  it('keeps tiny p-values and many degrees of freedom accurate', () => {
    expect(relativeError(chiSquareSurvival(100, 2), 1.9287498479639183e-22)).toBeLessThan(1e-13);
    expect(relativeError(chiSquareSurvival(250, 200), 0.009379131668826098)).toBeLessThan(1e-12);
    expect(relativeError(chiSquareSurvival(1e-3, 1), 0.9747728793699604)).toBeLessThan(1e-14);
  });

  it('is the complement of chiSquareCdf (chi2.cdf(0.5, 4) = 0.026499021160743912)', () => {
    expect(relativeError(chiSquareCdf(0.5, 4), 0.026499021160743912)).toBeLessThan(1e-13);
    expect(chiSquareCdf(7, 3) + chiSquareSurvival(7, 3)).toBeCloseTo(1, 15);
    expect(chiSquareSurvival(0, 2)).toBe(1);
  });
});
