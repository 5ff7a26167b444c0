import { describe, expect, it } from 'vitest';
import { logBeta, logGamma } from './log-gamma.js';

const relativeError = (actual: number, expected: number): number => Math.abs(actual / expected - 1);

// Reference values: scipy 1.17.1 (scipy.special.gammaln) for ln Γ; mpmath 1.3.0 at 40 digits, log(beta(a, b)), for
// ln B, because scipy.special.betaln itself is off by 3.5e-11 at (0.5, 5·10^5).
describe('logGamma', () => {
  it.each([
    [0.5, 0.5723649429247], // ln √π
    [10, 12.801827480081469], // ln 9!
    [100.5, 361.43554046777757],
    [1e-5, 11.512919692895826],
  ])('ln Γ(%d) matches scipy.special.gammaln', (x, expected) => {
    expect(relativeError(logGamma(x), expected)).toBeLessThan(1e-14);
  });
});

describe('logBeta', () => {
  it.each([
    [0.5, 5e5, -5.988816495777464], // the t distribution's B(ν/2, ½) at ν = 10^6, where ln Γ differences cancel
    [3.5, 7, -6.160400405046588],
    [20, 30.5, -34.22590011935173],
    [1e4, 2e4, -19098.90853822089],
  ])('ln B(%d, %d) matches mpmath', (a, b, expected) => {
    expect(relativeError(logBeta(a, b), expected)).toBeLessThan(1e-14);
  });
});
