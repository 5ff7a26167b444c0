import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { seededRandom } from './seeded-random.js';
import { createSgdKernel, maxKernelBytes } from './sgd-kernel.js';
import { softmaxLogits, trainSoftmaxRegressionScalar, type SoftmaxModel } from './softmax-regression.js';
import type { SparseVector } from './tfidf-vectorizer.js';
import { trainSoftmaxRegressionSimd } from './train-softmax-simd.js';

/** Rows of a few active features each, where each class owns a handful of features, plus shared noise features. */
function syntheticRows(classes: number, perClass: number, features: number, seed: number) {
  const random = seededRandom(seed);
  const rows: SparseVector[] = [];
  const labels: number[] = [];
  for (let c = 0; c < classes; c++) {
    for (let n = 0; n < perClass; n++) {
      const ids = new Set<number>();
      while (ids.size < 3) ids.add(c * 4 + Math.floor(random() * 4));
      while (ids.size < 8) ids.add(classes * 4 + Math.floor(random() * (features - classes * 4)));
      const indices = Int32Array.from([...ids].sort((a, b) => a - b));
      rows.push({ indices, values: Float32Array.from(indices, () => 0.2 + random()) });
      labels.push(c);
    }
  }
  return { rows, labels: Int32Array.from(labels) };
}

const predict = (model: SoftmaxModel, row: SparseVector) => {
  const logits = softmaxLogits(model, row);
  return logits.indexOf(Math.max(...logits));
};

describe('trainSoftmaxRegressionSimd', () => {
  it('runs here (Node has WebAssembly SIMD), so the benchmarks measure the kernel', () => {
    expect(createSgdKernel(1024)).not.toBeNull();
  });

  it('declines a training run larger than one 32-bit memory holds, so the caller uses the plain loops', () => {
    expect(createSgdKernel(maxKernelBytes + 1)).toBeNull();
  });

  it('scores a row against every class as the plain sum does, with a class count that is not a multiple of 16', () => {
    const classes = 21;
    const features = 10;
    const chunks = 2;
    const kernel = createSgdKernel(64 * 1024)!;
    const f32 = new Float32Array(kernel.memory.buffer);
    const i32 = new Int32Array(kernel.memory.buffer);
    const random = seededRandom(5);
    const wAt = 1024;
    for (let f = 0; f < features; f++) for (let c = 0; c < classes; c++) f32[wAt + f * 32 + c] = random() - 0.5;
    for (let c = 0; c < classes; c++) f32[64 + c] = c / 10; // bias
    i32.set([1, 4, 9], 128);
    f32.set([0.5, -2, 1.5], 160);
    kernel.score(128 * 4, 160 * 4, 3, 0.75, wAt * 4, 64 * 4, 0, chunks);
    for (let c = 0; c < classes; c++) {
      const expected = c / 10 + 0.75 * (0.5 * f32[wAt + 32 + c]! - 2 * f32[wAt + 4 * 32 + c]! + 1.5 * f32[wAt + 9 * 32 + c]!);
      expect(f32[c]).toBeCloseTo(expected, 5);
    }
    // A step with a zero gradient block leaves those classes' weights exactly as they were.
    const before = f32.slice(wAt, wAt + features * 32);
    f32.fill(0, 32, 64);
    f32[32 + 20] = 1; // only class 20 (second block) has a gradient
    kernel.step(128 * 4, 160 * 4, 3, 0.1, wAt * 4, 32 * 4, chunks);
    expect(f32[wAt + 4 * 32 + 20]).toBeCloseTo(before[4 * 32 + 20]! + 0.1 * 2, 5);
    expect(f32[wAt + 4 * 32 + 3]).toBe(before[4 * 32 + 3]);
    expect(f32[wAt + 2 * 32 + 20]).toBe(before[2 * 32 + 20]); // feature 2 is not in the row
  });

  it('learns the same model as the plain-JavaScript trainer (float32 sums instead of float64)', () => {
    const classes = 21;
    const features = 300;
    const { rows, labels } = syntheticRows(classes, 12, features, 7);
    const options = { l2: 1e-4, epochs: 6, learningRate: 1, seed: 11 };
    const scalar = trainSoftmaxRegressionScalar(rows, labels, classes, features, options);
    const simd = trainSoftmaxRegressionSimd(rows, labels, classes, features, options)!;
    expect(simd.weights).toHaveLength(scalar.weights.length);
    let largest = 0;
    for (let j = 0; j < scalar.weights.length; j++) largest = Math.max(largest, Math.abs(simd.weights[j]! - scalar.weights[j]!));
    expect(largest).toBeLessThan(1e-3);
    for (let c = 0; c < classes; c++) expect(simd.bias[c]).toBeCloseTo(scalar.bias[c]!, 3);
    const agree = rows.filter((row) => predict(simd, row) === predict(scalar, row)).length;
    expect(agree).toBe(rows.length);
    const correct = rows.filter((row, i) => predict(simd, row) === labels[i]).length;
    expect(correct / rows.length).toBeGreaterThan(0.95);
  });
});

describe('sgd-kernel-wasm.ts', () => {
  it('is the assembled sgd-kernel.wat (regenerate with node scripts/build-sgd-kernel.mjs)', () => {
    const script = fileURLToPath(new URL('../../../../scripts/build-sgd-kernel.mjs', import.meta.url));
    expect(execFileSync(process.execPath, [script, '--check'], { encoding: 'utf8' })).toContain('matches');
  });
});
