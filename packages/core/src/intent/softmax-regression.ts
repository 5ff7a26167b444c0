/** Multinomial logistic regression on sparse rows, trained by SGD with L2 decay kept as one scale factor. */
import type { SparseVector } from './tfidf-vectorizer.js';
import { seededRandom, shuffleInPlace } from './seeded-random.js';

export interface SoftmaxTrainingOptions {
  /** L2 penalty per example (the objective is mean log-loss + λ/2·‖W‖²). */
  readonly l2: number;
  readonly epochs: number;
  /** Initial step; decays linearly to zero over the run, so the last epochs settle instead of jittering. */
  readonly learningRate: number;
  readonly seed: number;
  /** Per-example weights (e.g. class balancing); 1 when absent. */
  readonly sampleWeights?: Float32Array;
}

/** Weights are feature-major (`weights[feature * classes + class]`) so one row touches contiguous memory. */
export interface SoftmaxModel {
  readonly classes: number;
  readonly features: number;
  readonly weights: Float32Array;
  readonly bias: Float32Array;
}

/** Raw class scores (logits) of one row. */
export function softmaxLogits(model: SoftmaxModel, row: SparseVector, out = new Float64Array(model.classes)): Float64Array {
  const { classes, weights, bias } = model;
  for (let c = 0; c < classes; c++) out[c] = bias[c]!;
  for (let k = 0; k < row.indices.length; k++) {
    const base = row.indices[k]! * classes;
    const x = row.values[k]!;
    for (let c = 0; c < classes; c++) out[c]! += x * weights[base + c]!;
  }
  return out;
}

/** Softmax of logits divided by a temperature, in place; returns the same array. */
export function softmaxInPlace(logits: Float64Array, temperature = 1): Float64Array {
  let max = -Infinity;
  for (const value of logits) if (value > max) max = value;
  let sum = 0;
  for (let c = 0; c < logits.length; c++) {
    const e = Math.exp((logits[c]! - max) / temperature);
    logits[c] = e;
    sum += e;
  }
  for (let c = 0; c < logits.length; c++) logits[c]! /= sum;
  return logits;
}

/** A class whose gradient is below this is left out of the row's weight step (its effect would be negligible). */
export const activeGradient = 1e-4;

/**
 * The SGD schedule both trainers follow: each epoch visits the rows in a fresh seeded shuffle, with a learning rate
 * falling linearly from `learningRate` towards 0 over all steps. Shared so the SIMD trainer visits exactly as the
 * reference does.
 */
export function forEachSgdStep(rowCount: number, options: SoftmaxTrainingOptions, visit: (row: number, eta: number) => void): void {
  const order = Int32Array.from({ length: rowCount }, (_, i) => i);
  const random = seededRandom(options.seed);
  const steps = options.epochs * rowCount;
  let t = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const row of order) visit(row, options.learningRate * (1 - t++ / steps));
  }
}

/** The plain-JavaScript trainer: the reference for the SIMD kernel and the fallback where WebAssembly is missing. */
export function trainSoftmaxRegressionScalar(
  rows: readonly SparseVector[],
  labels: Int32Array,
  classes: number,
  features: number,
  options: SoftmaxTrainingOptions,
): SoftmaxModel {
  // W = scale · V: the L2 shrink of every weight each step becomes one multiplication of `scale`.
  const v = new Float32Array(features * classes);
  const bias = new Float32Array(classes);
  let scale = 1;
  const scores = new Float64Array(classes);
  const activeClasses = new Int32Array(classes);
  forEachSgdStep(rows.length, options, (i, eta) => {
    const row = rows[i]!;
    for (let c = 0; c < classes; c++) scores[c] = bias[c]!;
    const { indices, values } = row;
    const rowLength = indices.length;
    const unrolled = classes - (classes % 4);
    for (let k = 0; k < rowLength; k++) {
      const base = indices[k]! * classes;
      const x = values[k]! * scale;
      let c = 0;
      for (; c < unrolled; c += 4) {
        scores[c]! += x * v[base + c]!;
        scores[c + 1]! += x * v[base + c + 1]!;
        scores[c + 2]! += x * v[base + c + 2]!;
        scores[c + 3]! += x * v[base + c + 3]!;
      }
      for (; c < classes; c++) scores[c]! += x * v[base + c]!;
    }
    softmaxInPlace(scores);
    const weight = options.sampleWeights?.[i] ?? 1;
    scores[labels[i]!]! -= 1; // now the gradient of the log-loss w.r.t. each logit
    scale *= 1 - eta * options.l2;
    const step = (eta * weight) / scale;
    for (let c = 0; c < classes; c++) bias[c]! -= eta * weight * scores[c]!;
    // Classes the model already rules out have near-zero gradient; skipping them halves the cost of late epochs.
    // Their gradient is set to zero, so while many classes are still active one unrolled pass over all of them
    // (adding nothing for the skipped ones) is faster than visiting the active ones by index.
    let active = 0;
    for (let c = 0; c < classes; c++) {
      if (Math.abs(scores[c]!) > activeGradient) activeClasses[active++] = c;
      else scores[c] = 0;
    }
    if (active * 3 > classes) {
      for (let k = 0; k < rowLength; k++) {
        const base = indices[k]! * classes;
        const x = values[k]! * step;
        let c = 0;
        for (; c < unrolled; c += 4) {
          v[base + c]! -= x * scores[c]!;
          v[base + c + 1]! -= x * scores[c + 1]!;
          v[base + c + 2]! -= x * scores[c + 2]!;
          v[base + c + 3]! -= x * scores[c + 3]!;
        }
        for (; c < classes; c++) v[base + c]! -= x * scores[c]!;
      }
    } else {
      for (let k = 0; k < rowLength; k++) {
        const base = indices[k]! * classes;
        const x = values[k]! * step;
        for (let a = 0; a < active; a++) {
          const c = activeClasses[a]!;
          v[base + c]! -= x * scores[c]!;
        }
      }
    }
    if (scale < 1e-6) {
      for (let j = 0; j < v.length; j++) v[j]! *= scale;
      scale = 1;
    }
  });
  for (let j = 0; j < v.length; j++) v[j]! *= scale;
  return { classes, features, weights: v, bias };
}
