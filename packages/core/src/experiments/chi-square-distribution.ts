/** The chi-square distribution's CDF and upper tail, through the regularized incomplete gamma function. */
import { regularizedGammaP, regularizedGammaQ } from './regularized-gamma.js';

/** P(X ≤ x) for X ~ χ²(k): P(k/2, x/2). */
export function chiSquareCdf(x: number, degreesOfFreedom: number): number {
  return x <= 0 ? 0 : regularizedGammaP(degreesOfFreedom / 2, x / 2);
}

/** P(X > x) for X ~ χ²(k): Q(k/2, x/2), the p-value of a chi-square statistic (scipy's chi2.sf). */
export function chiSquareSurvival(x: number, degreesOfFreedom: number): number {
  return x <= 0 ? 1 : regularizedGammaQ(degreesOfFreedom / 2, x / 2);
}
