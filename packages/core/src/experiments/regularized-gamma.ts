/** The regularized incomplete gamma functions P(a, x) and Q(a, x), the chi-square CDF's building blocks. */
import { logGamma } from './log-gamma.js';

/**
 * P(a, x) = γ(a, x)/Γ(a), the lower regularized incomplete gamma function. The series converges fast for
 * x < a + 1 and the continued fraction for larger x (Numerical Recipes 3rd ed., §6.2); each side computes its own
 * tail so that neither P nor Q is ever found as 1 minus a number close to 1.
 */
export function regularizedGammaP(a: number, x: number): number {
  checkArguments(a, x);
  if (x === 0) return 0;
  return x < a + 1 ? gammaSeries(a, x) : 1 - gammaContinuedFraction(a, x);
}

/** Q(a, x) = 1 − P(a, x), the upper regularized incomplete gamma function, accurate when it is tiny. */
export function regularizedGammaQ(a: number, x: number): number {
  checkArguments(a, x);
  if (x === 0) return 1;
  return x < a + 1 ? 1 - gammaSeries(a, x) : gammaContinuedFraction(a, x);
}

function checkArguments(a: number, x: number): void {
  if (!(a > 0)) throw new RangeError(`incomplete gamma: a must be positive, got ${a}`);
  if (!(x >= 0)) throw new RangeError(`incomplete gamma: x must be non-negative, got ${x}`);
}

/** P(a, x) = e^(−x) x^a / Γ(a+1) · Σ x^n / ((a+1)…(a+n)). */
function gammaSeries(a: number, x: number): number {
  let denominator = a;
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < 10_000; n++) {
    denominator += 1;
    term *= x / denominator;
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * 1e-16) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}

/** Q(a, x) by its continued fraction, evaluated with the modified Lentz method. */
function gammaContinuedFraction(a: number, x: number): number {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}
