/**
 * The SGD of softmax-regression.ts with its two inner loops (scoring a row, stepping its weights) in the
 * WebAssembly SIMD kernel: the same visiting order, step schedule, lazy L2 scale and skipping of ruled-out classes,
 * with class scores summed in float32 instead of float64. Returns null when the kernel cannot run here.
 */
import { createSgdKernel } from './sgd-kernel.js';
import { activeGradient, forEachSgdStep, softmaxInPlace, type SoftmaxModel, type SoftmaxTrainingOptions } from './softmax-regression.js';
import type { SparseVector } from './tfidf-vectorizer.js';

const classesPerChunk = 16;

export function trainSoftmaxRegressionSimd(
  rows: readonly SparseVector[],
  labels: Int32Array,
  classes: number,
  features: number,
  options: SoftmaxTrainingOptions,
): SoftmaxModel | null {
  const chunks = Math.ceil(classes / classesPerChunk);
  const stride = chunks * classesPerChunk;
  let entries = 0;
  for (const row of rows) entries += row.indices.length;
  const padded = Math.ceil(entries / 4) * 4; // keeps every block 16-byte aligned
  // Float offsets: scores | gradient | bias | row feature ids | row values | weights.
  const scoresAt = 0;
  const gradAt = stride;
  const biasAt = 2 * stride;
  const idxAt = 3 * stride;
  const valAt = idxAt + padded;
  const wAt = valAt + padded;
  const kernel = createSgdKernel((wAt + features * stride) * 4);
  if (!kernel) return null;
  const f32 = new Float32Array(kernel.memory.buffer);
  const i32 = new Int32Array(kernel.memory.buffer);
  const rowStart = new Int32Array(rows.length);
  let at = 0;
  rows.forEach((row, r) => {
    rowStart[r] = at;
    i32.set(row.indices, idxAt + at);
    f32.set(row.values, valAt + at);
    at += row.indices.length;
  });

  let scale = 1;
  const scores = new Float64Array(classes);
  forEachSgdStep(rows.length, options, (i, eta) => {
    const start = rowStart[i]!;
    const length = rows[i]!.indices.length;
    kernel.score(4 * (idxAt + start), 4 * (valAt + start), length, scale, 4 * wAt, 4 * biasAt, 4 * scoresAt, chunks);
    for (let c = 0; c < classes; c++) scores[c] = f32[scoresAt + c]!;
    softmaxInPlace(scores);
    const weight = options.sampleWeights?.[i] ?? 1;
    scores[labels[i]!]! -= 1; // now the gradient of the log-loss w.r.t. each logit
    scale *= 1 - eta * options.l2;
    let active = 0;
    for (let c = 0; c < classes; c++) {
      const gradient = scores[c]!;
      f32[biasAt + c]! -= eta * weight * gradient;
      if (Math.abs(gradient) > activeGradient) {
        f32[gradAt + c] = gradient;
        active += 1;
      } else f32[gradAt + c] = 0;
    }
    if (active > 0) kernel.step(4 * (idxAt + start), 4 * (valAt + start), length, (eta * weight) / scale, 4 * wAt, 4 * gradAt, chunks);
    if (scale < 1e-6) {
      kernel.rescale(4 * wAt, features * stride, scale);
      scale = 1;
    }
  });
  kernel.rescale(4 * wAt, features * stride, scale);
  const weights = new Float32Array(features * classes);
  for (let feature = 0; feature < features; feature++) {
    const from = wAt + feature * stride;
    weights.set(f32.subarray(from, from + classes), feature * classes);
  }
  return { classes, features, weights, bias: f32.slice(biasAt, biasAt + classes) };
}
