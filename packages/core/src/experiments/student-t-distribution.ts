/** Student's t distribution with real degrees of freedom (Welch's): CDF and quantile, via the incomplete beta function. */
import { logBeta } from './log-gamma.js';
import { normalQuantile } from './normal-distribution.js';

/** P(T ≤ t) for T ~ t(ν): the upper tail is ½·I_{ν/(ν+t²)}(ν/2, ½) (Abramowitz & Stegun 26.7.1 with 26.5.27). */
export function studentTCdf(t: number, degreesOfFreedom: number): number {
  if (!(degreesOfFreedom > 0)) throw new RangeError(`studentTCdf: degrees of freedom must be positive, got ${degreesOfFreedom}`);
  if (t === Number.POSITIVE_INFINITY) return 1;
  if (t === Number.NEGATIVE_INFINITY) return 0;
  const tail = upperTail(Math.abs(t), degreesOfFreedom);
  return t > 0 ? 1 - tail : tail;
}

/**
 * The t quantile: Newton steps on the CDF from the normal quantile, kept inside a bisection bracket so that a
 * step that overshoots in the heavy tails of small ν falls back to halving. Converges to ~1e-14 relative.
 */
export function studentTQuantile(p: number, degreesOfFreedom: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`studentTQuantile: p must be in (0, 1), got ${p}`);
  if (!(degreesOfFreedom > 0)) throw new RangeError(`studentTQuantile: degrees of freedom must be positive, got ${degreesOfFreedom}`);
  if (p === 0.5) return 0;
  // Solve in the upper half for accuracy, then reflect: the distribution is symmetric.
  const upper = p > 0.5 ? p : 1 - p;
  const tailArea = 1 - upper;
  let low = 0;
  let high = Math.max(1, 2 * normalQuantile(upper));
  while (upperTail(high, degreesOfFreedom) > tailArea) high *= 2;
  let t = Math.min(Math.max(normalQuantile(upper), low), high);
  for (let i = 0; i < 200; i++) {
    const difference = upperTail(t, degreesOfFreedom) - tailArea;
    if (difference > 0) low = t;
    else high = t;
    const step = difference / studentTDensity(t, degreesOfFreedom);
    let next = t + step;
    if (!(next > low && next < high)) next = (low + high) / 2;
    if (Math.abs(next - t) <= 1e-15 * Math.max(1, Math.abs(t))) {
      t = next;
      break;
    }
    t = next;
  }
  return p > 0.5 ? t : -t;
}

/** P(T > t) for t ≥ 0. Both ν/(ν+t²) and its complement are formed directly: 1 − x would lose digits for large ν. */
function upperTail(t: number, degreesOfFreedom: number): number {
  const denominator = degreesOfFreedom + t * t;
  return 0.5 * regularizedBeta(degreesOfFreedom / denominator, degreesOfFreedom / 2, 0.5, (t * t) / denominator);
}

/** Γ((ν+1)/2) / (Γ(ν/2)·√(νπ)) · (1 + t²/ν)^(−(ν+1)/2), with the Γ ratio as 1/(√ν·B(ν/2, ½)). */
function studentTDensity(t: number, nu: number): number {
  return Math.exp(-logBeta(nu / 2, 0.5) - 0.5 * Math.log(nu) - ((nu + 1) / 2) * Math.log1p((t * t) / nu));
}

/**
 * I_x(a, b), the regularized incomplete beta function, by its continued fraction (Numerical Recipes 3rd ed.,
 * §6.4), using the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) where the fraction converges slowly. A caller that
 * knows 1 − x more precisely than the subtraction would give passes it as `complement`.
 */
export function regularizedBeta(x: number, a: number, b: number, complement = 1 - x): number {
  if (x <= 0) return 0;
  if (complement <= 0) return 1;
  const logFront = a * Math.log(x) + b * Math.log(complement) - logBeta(a, b);
  if (x < (a + 1) / (a + b + 2)) return (Math.exp(logFront) * betaContinuedFraction(x, a, b)) / a;
  return 1 - (Math.exp(logFront) * betaContinuedFraction(complement, b, a)) / b;
}

function betaContinuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < 10_000; m++) {
    const m2 = 2 * m;
    const even = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + even * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + even / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + odd * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + odd / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return h;
}
