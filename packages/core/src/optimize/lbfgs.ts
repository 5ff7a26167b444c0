/**
 * Limited-memory BFGS (Nocedal & Wright, Numerical Optimization, alg. 7.4–7.5) with a backtracking Armijo line
 * search: full-batch minimisation of smooth convex losses such as L2-regularised logistic regression, where it
 * converges in a few hundred gradient evaluations to the optimum SGD only wanders near.
 */

/** Writes the gradient at `x` into `gradient` and returns the loss. */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

export interface LbfgsOptions {
  readonly maxIterations?: number;
  /** Correction pairs kept (memory is 2 × history × dimensions doubles). */
  readonly history?: number;
  /** Stop when the relative drop in loss over one iteration falls below this. */
  readonly tolerance?: number;
}

export interface LbfgsResult {
  readonly x: Float64Array;
  readonly loss: number;
  readonly iterations: number;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += a[i]! * b[i]!;
  return sum;
}

/** The L-BFGS search direction −H·g by the two-loop recursion over the stored pairs (newest last). */
function searchDirection(gradient: Float64Array, s: Float64Array[], y: Float64Array[], rho: number[], out: Float64Array): void {
  out.set(gradient);
  const alpha = new Array<number>(s.length);
  for (let k = s.length - 1; k >= 0; k -= 1) {
    alpha[k] = rho[k]! * dot(s[k]!, out);
    const yk = y[k]!;
    for (let i = 0; i < out.length; i += 1) out[i]! -= alpha[k]! * yk[i]!;
  }
  const last = s.length - 1;
  const gamma = last >= 0 ? dot(s[last]!, y[last]!) / dot(y[last]!, y[last]!) : 1 / Math.max(1, Math.sqrt(dot(gradient, gradient)));
  for (let i = 0; i < out.length; i += 1) out[i]! *= gamma;
  for (let k = 0; k < s.length; k += 1) {
    const beta = rho[k]! * dot(y[k]!, out);
    const sk = s[k]!;
    for (let i = 0; i < out.length; i += 1) out[i]! += sk[i]! * (alpha[k]! - beta);
  }
  for (let i = 0; i < out.length; i += 1) out[i] = -out[i]!;
}

export function minimizeLbfgs(objective: Objective, start: Float64Array, options: LbfgsOptions = {}): LbfgsResult {
  const maxIterations = options.maxIterations ?? 300;
  const history = options.history ?? 8;
  const tolerance = options.tolerance ?? 1e-9;
  const n = start.length;
  let x = Float64Array.from(start);
  let gradient = new Float64Array(n);
  let loss = objective(x, gradient);
  const s: Float64Array[] = [];
  const y: Float64Array[] = [];
  const rho: number[] = [];
  const direction = new Float64Array(n);
  let candidate = new Float64Array(n);
  let candidateGradient = new Float64Array(n);
  let iterations = 0;
  for (; iterations < maxIterations; iterations += 1) {
    searchDirection(gradient, s, y, rho, direction);
    let slope = dot(gradient, direction);
    if (slope >= 0) {
      // Not a descent direction (curvature information went stale): restart from steepest descent.
      s.length = y.length = rho.length = 0;
      searchDirection(gradient, s, y, rho, direction);
      slope = dot(gradient, direction);
    }
    let step = 1;
    let candidateLoss = Infinity;
    for (let tries = 0; tries < 40; tries += 1) {
      for (let i = 0; i < n; i += 1) candidate[i] = x[i]! + step * direction[i]!;
      candidateLoss = objective(candidate, candidateGradient);
      if (candidateLoss <= loss + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(candidateLoss < loss)) break;
    const sNew = s.length === history ? s.shift()! : new Float64Array(n);
    const yNew = y.length === history ? y.shift()! : new Float64Array(n);
    if (rho.length === history) rho.shift();
    for (let i = 0; i < n; i += 1) {
      sNew[i] = candidate[i]! - x[i]!;
      yNew[i] = candidateGradient[i]! - gradient[i]!;
    }
    const curvature = dot(sNew, yNew);
    if (curvature > 1e-12) {
      s.push(sNew);
      y.push(yNew);
      rho.push(1 / curvature);
    }
    const drop = (loss - candidateLoss) / Math.max(Math.abs(loss), 1e-12);
    [x, candidate] = [candidate, x];
    [gradient, candidateGradient] = [candidateGradient, gradient];
    loss = candidateLoss;
    if (drop < tolerance) {
      iterations += 1;
      break;
    }
  }
  return { x, loss, iterations };
}
