/** Trains softmax regression with the SIMD kernel where the runtime has WebAssembly SIMD, else in plain JavaScript. */
import { trainSoftmaxRegressionScalar, type SoftmaxModel, type SoftmaxTrainingOptions } from './softmax-regression.js';
import type { SparseVector } from './tfidf-vectorizer.js';
import { trainSoftmaxRegressionSimd } from './train-softmax-simd.js';

export function trainSoftmaxRegression(
  rows: readonly SparseVector[],
  labels: Int32Array,
  classes: number,
  features: number,
  options: SoftmaxTrainingOptions,
): SoftmaxModel {
  return (
    trainSoftmaxRegressionSimd(rows, labels, classes, features, options) ??
    trainSoftmaxRegressionScalar(rows, labels, classes, features, options)
  );
}
