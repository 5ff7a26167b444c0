/** The standard normal distribution: erf and erfc, the CDF Φ and its inverse, to about 1e-15 relative. */

const inverseSqrtPi = 1 / Math.sqrt(Math.PI);

/**
 * The complementary error function erfc(x) = 1 − erf(x), accurate in the far tail (erfc(10) ≈ 2.09e-45).
 * Below |x| = 1.5 it sums the everywhere-positive series erf(x) = 2x/√π·e^(−x²)·Σ (2x²)^n / (2n+1)!!
 * (Abramowitz & Stegun 7.1.6), which has no cancellation; above it evaluates the continued fraction
 * erfc(x) = e^(−x²)/√π · 1/(x + ½/(x + 1/(x + 3/2/(x + …)))) (A&S 7.1.14) by the modified Lentz method, which
 * needs under 100 terms there. 1 − erf would lose all digits in the tail; the fraction keeps them.
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x < 1.5) return 1 - erfSeries(x);
  if (x > 27) return 0; // erfc(27) ≈ 5e-319: below the smallest double
  return expMinusSquare(x) * inverseSqrtPi * continuedFraction(x);
}

/** The error function erf(x) = 2/√π ∫₀ˣ e^(−t²) dt. */
export function erf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (Math.abs(x) < 1.5) return erfSeries(x);
  return x > 0 ? 1 - erfc(x) : erfc(-x) - 1;
}

/** Φ(z), the standard normal CDF: Φ(1) = 0.8413447460685429, Φ(−10) = 7.62e-24 with full relative precision. */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** 1 − Φ(z) without cancellation: the upper tail area. */
export function normalSurvival(z: number): number {
  return 0.5 * erfc(z / Math.SQRT2);
}

/** The standard normal density φ(z). */
export function normalDensity(z: number): number {
  return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
}

/**
 * Φ⁻¹(p), the standard normal quantile, by Wichura's algorithm AS 241 (PPND16; Applied Statistics 37(3),
 * 477–484, 1988): rational approximations of degree 7 in three regions, accurate to about 1 part in 10^16.
 * Coefficients are the published ones. p = 0 and p = 1 give −∞ and +∞.
 */
export function normalQuantile(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) throw new RangeError(`normalQuantile: p must be in [0, 1], got ${p}`);
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * polynomial(centralNumerator, r)) / polynomial(centralDenominator, r);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let z: number;
  if (r <= 5) {
    r -= 1.6;
    z = polynomial(intermediateNumerator, r) / polynomial(intermediateDenominator, r);
  } else {
    r -= 5;
    z = polynomial(tailNumerator, r) / polynomial(tailDenominator, r);
  }
  return q < 0 ? -z : z;
}

function erfSeries(x: number): number {
  const twoXSquared = 2 * x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 200 && Math.abs(term) > Math.abs(sum) * 1e-17; n++) {
    term *= twoXSquared / (2 * n + 1);
    sum += term;
  }
  return 2 * inverseSqrtPi * Math.exp(-x * x) * sum;
}

/** 1/(x + ½/(x + 1/(x + …))) by the modified Lentz method (Numerical Recipes 3rd ed., §5.2). */
function continuedFraction(x: number): number {
  const tiny = 1e-300;
  let value = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 500; n++) {
    const a = n / 2;
    d = x + a * d;
    c = x + a / c;
    d = 1 / (d === 0 ? tiny : d);
    if (c === 0) c = tiny;
    const delta = c * d;
    value *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return 1 / value;
}

/**
 * e^(−x²) without the rounding error of x·x, which e^ would multiply by x² (Cody's split, as in his CALERF):
 * x² = h² + (x − h)(x + h) with h = x rounded down to a sixteenth, so h² is exact.
 */
function expMinusSquare(x: number): number {
  const head = Math.floor(x * 16) / 16;
  return Math.exp(-head * head) * Math.exp(-(x - head) * (x + head));
}

function polynomial(coefficients: readonly number[], x: number): number {
  let result = 0;
  for (let i = coefficients.length - 1; i >= 0; i--) result = result * x + (coefficients[i] ?? 0);
  return result;
}

// AS 241 coefficients, lowest degree first: the published 20-digit values written as the shortest decimals that
// round to the same doubles (longer literals would only trip no-loss-of-precision).
const centralNumerator = [
  3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987, 67265.7709270087, 33430.57558358813,
  2509.0809287301227,
];
const centralDenominator = [
  1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271, 28729.085735721943, 5226.495278852854,
];
const intermediateNumerator = [
  1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684, 0.2417807251774506,
  0.022723844989269184, 0.0007745450142783414,
];
const intermediateDenominator = [
  1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008, 0.015198666563616457, 0.0005475938084995345,
  1.0507500716444169e-9,
];
const tailNumerator = [
  6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487, 0.026532189526576124, 0.0012426609473880784,
  0.000027115555687434876, 2.0103343992922881e-7,
];
const tailDenominator = [
  1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133, 0.000018463183175100548, 1.421511758316446e-7,
  2.0442631033899397e-15,
];
