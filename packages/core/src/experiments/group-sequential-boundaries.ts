/**
 * Group-sequential boundaries from the Lan–DeMets O'Brien–Fleming-type alpha-spending function, computed by
 * recursive numerical integration (Armitage, McPherson & Rowe 1969; Jennison & Turnbull, Group Sequential Methods,
 * 2000, ch. 19). For an experiment with a planned number of looks: look k rejects when |Z_k| ≥ boundary k.
 */
import { normalCdf, normalQuantile, normalSurvival } from './normal-distribution.js';

/** 'two-sided': symmetric boundaries ±c_k. 'one-sided': reject only for Z_k ≥ c_k. */
export type BoundarySides = 'two-sided' | 'one-sided';

export interface BoundaryOptions {
  /** Information fractions of the looks, increasing, the last normally 1 (e.g. [0.25, 0.5, 0.75, 1]). */
  readonly informationFractions: readonly number[];
  /** Total type I error over all looks. Default 0.05. */
  readonly alpha?: number;
  /** Default 'two-sided'. */
  readonly sides?: BoundarySides;
}

export interface Boundaries {
  /** Critical values on the Z scale, one per look. */
  readonly boundaries: readonly number[];
  /** α(t_k): the type I error spent up to and including each look. */
  readonly cumulativeAlpha: readonly number[];
}

/**
 * Lan & DeMets (Biometrika 70, 1983) O'Brien–Fleming-type spending of a one-sided level a:
 * α(t) = 2 − 2Φ(Φ⁻¹(1 − a/2)/√t). It spends almost nothing early (a z of about 4.3 to stop at a quarter of the
 * information) and keeps the final boundary close to the fixed-horizon one.
 */
export function obrienFlemingSpending(informationFraction: number, oneSidedAlpha: number): number {
  if (informationFraction <= 0) return 0;
  return 2 * normalSurvival(normalQuantile(1 - oneSidedAlpha / 2) / Math.sqrt(Math.min(informationFraction, 1)));
}

// Simpson's rule over the continuation region; the sub-densities are smooth there, so a fixed odd grid is accurate
// to well below the 1e-6 that boundaries are ever quoted to.
const gridPoints = 1201;

/**
 * Boundaries c_1…c_K such that, under the null, the probability of first crossing at look k equals
 * α(t_k) − α(t_{k−1}). Two-sided boundaries spend α/2 on each side with the one-sided spending function, the
 * convention of gsDesign's sfLDOF and rpact's "asOF" (for α = 0.05 and looks at 1/4, 1/2, 3/4, 1: 4.333, 2.963,
 * 2.359, 2.014). The score S_k = Z_k·√t_k is Brownian motion in t, so the sub-density of S_k on the continuation
 * region follows from S_{k−1}'s by a Gaussian convolution, and each c_k is found by bisection on its crossing
 * probability.
 */
export function groupSequentialBoundaries(options: BoundaryOptions): Boundaries {
  const fractions = options.informationFractions;
  const alpha = options.alpha ?? 0.05;
  const twoSided = (options.sides ?? 'two-sided') === 'two-sided';
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`boundaries: alpha must be in (0, 1), got ${alpha}`);
  if (fractions.length === 0 || fractions.some((t, i) => !(t > 0 && t <= 1) || (i > 0 && t <= (fractions[i - 1] ?? 0)))) {
    throw new RangeError('boundaries: information fractions must increase within (0, 1]');
  }
  const sideAlpha = twoSided ? alpha / 2 : alpha;
  const sides = twoSided ? 2 : 1;
  const boundaries: number[] = [];
  const cumulativeAlpha: number[] = [];
  let grid: SubDensity | undefined;
  let previousTime = 0;
  let spent = 0;
  for (const time of fractions) {
    const target = sides * obrienFlemingSpending(time, sideAlpha) - spent;
    const crossing = (c: number): number =>
      grid === undefined ? sides * normalSurvival(c) : crossingProbability(grid, c * Math.sqrt(time), time - previousTime, twoSided);
    const boundary = solveBoundary(crossing, target);
    boundaries.push(boundary);
    spent += crossing(boundary);
    cumulativeAlpha.push(spent);
    grid = advance(grid, boundary * Math.sqrt(time), time, previousTime, twoSided);
    previousTime = time;
  }
  return { boundaries, cumulativeAlpha };
}

/** The sub-density of the score on an evenly spaced grid over the continuation region, with Simpson weights. */
interface SubDensity {
  readonly points: Float64Array;
  readonly weightedDensity: Float64Array;
}

/** P(not stopped before, and crossing at this look) for a score boundary b after an information step `step`. */
function crossingProbability(grid: SubDensity, b: number, step: number, twoSided: boolean): number {
  const sd = Math.sqrt(step);
  let total = 0;
  for (let i = 0; i < grid.points.length; i++) {
    const u = grid.points[i] ?? 0;
    const upper = normalSurvival((b - u) / sd);
    const lower = twoSided ? normalCdf((-b - u) / sd) : 0;
    total += (grid.weightedDensity[i] ?? 0) * (upper + lower);
  }
  return total;
}

/** The sub-density of S_k on its continuation region (−b, b), or (−∞, b) one-sided, cut where it is negligible. */
function advance(previous: SubDensity | undefined, b: number, time: number, previousTime: number, twoSided: boolean): SubDensity {
  const low = twoSided ? -b : Math.min(-b, -10 * Math.sqrt(time));
  const points = new Float64Array(gridPoints);
  const weightedDensity = new Float64Array(gridPoints);
  const h = (b - low) / (gridPoints - 1);
  const sd = Math.sqrt(time - previousTime);
  for (let j = 0; j < gridPoints; j++) {
    const s = low + j * h;
    points[j] = s;
    let density = 0;
    if (previous === undefined) density = gaussian(s / sd) / sd;
    else {
      for (let i = 0; i < previous.points.length; i++) {
        density += (previous.weightedDensity[i] ?? 0) * (gaussian((s - (previous.points[i] ?? 0)) / sd) / sd);
      }
    }
    const simpson = j === 0 || j === gridPoints - 1 ? 1 : j % 2 === 1 ? 4 : 2;
    weightedDensity[j] = (density * simpson * h) / 3;
  }
  return { points, weightedDensity };
}

/** The c at which the crossing probability, decreasing in c, equals the target. */
function solveBoundary(crossing: (c: number) => number, target: number): number {
  if (!(target > 0)) return Number.POSITIVE_INFINITY;
  let low = 0;
  let high = 40;
  for (let i = 0; i < 100 && high - low > 1e-12; i++) {
    const middle = (low + high) / 2;
    if (crossing(middle) > target) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

function gaussian(z: number): number {
  return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
}
