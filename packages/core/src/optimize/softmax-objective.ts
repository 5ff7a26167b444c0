/** The L2-regularised, weighted multinomial log-loss of sparse rows, and its gradient, as an L-BFGS objective. */
import type { Objective } from './lbfgs.js';

export interface SparseRow {
  readonly indices: ArrayLike<number>;
  readonly values: ArrayLike<number>;
}

/**
 * Parameters are `features × classes` weights, feature-major (`feature × classes + class`), then `classes` biases.
 * The loss is Σ wᵢ·(−log pᵢ[yᵢ]) / Σ wᵢ + λ/2·‖W‖² (biases unpenalised). With `offsets` (one fixed score per row and
 * class, e.g. another model's log-probabilities) the model learns a correction on top of them.
 */
export function softmaxObjective(
  rows: readonly SparseRow[],
  labels: ArrayLike<number>,
  weights: ArrayLike<number>,
  classes: number,
  features: number,
  l2: number,
  offsets?: readonly ArrayLike<number>[],
): Objective {
  let totalWeight = 0;
  for (let i = 0; i < rows.length; i += 1) totalWeight += weights[i]!;
  const biasAt = features * classes;
  const scores = new Float64Array(classes);
  return (x, gradient) => {
    gradient.fill(0);
    let loss = 0;
    for (let i = 0; i < rows.length; i += 1) {
      const row = rows[i]!;
      const offset = offsets?.[i];
      for (let c = 0; c < classes; c += 1) scores[c] = x[biasAt + c]! + (offset ? offset[c]! : 0);
      for (let k = 0; k < row.indices.length; k += 1) {
        const base = row.indices[k]! * classes;
        const value = row.values[k]!;
        for (let c = 0; c < classes; c += 1) scores[c]! += x[base + c]! * value;
      }
      let max = -Infinity;
      for (let c = 0; c < classes; c += 1) if (scores[c]! > max) max = scores[c]!;
      let sum = 0;
      for (let c = 0; c < classes; c += 1) {
        scores[c] = Math.exp(scores[c]! - max);
        sum += scores[c]!;
      }
      const weight = weights[i]! / totalWeight;
      loss -= weight * Math.log(Math.max(scores[labels[i]!]! / sum, 1e-300));
      // scores become the per-class gradient of this row's loss: weight × (p − onehot).
      for (let c = 0; c < classes; c += 1) scores[c] = (weight * scores[c]!) / sum;
      scores[labels[i]!]! -= weight;
      for (let c = 0; c < classes; c += 1) gradient[biasAt + c]! += scores[c]!;
      for (let k = 0; k < row.indices.length; k += 1) {
        const base = row.indices[k]! * classes;
        const value = row.values[k]!;
        for (let c = 0; c < classes; c += 1) gradient[base + c]! += scores[c]! * value;
      }
    }
    let penalty = 0;
    for (let j = 0; j < biasAt; j += 1) {
      const w = x[j]!;
      penalty += w * w;
      gradient[j]! += l2 * w;
    }
    return loss + 0.5 * l2 * penalty;
  };
}
