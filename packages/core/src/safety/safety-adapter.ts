/**
 * A workspace's own correction to a shipped safety model: a small linear model trained on the workspace's labelled
 * rows whose scores are added to the shipped model's, so the shipped training data need not be at hand to retrain.
 */
import { SwitchboardError } from '@switchboard/spec';
import { createLinearSafetyModel, dequantize, type SafetyDenseBlockData, type SafetyModel } from './safety-model.js';
import { exampleRow, fitLbfgs, quantize, type SafetyTrainingExample } from './train-safety-model.js';

export const safetyAdapterFormat = 'switchboard-safety-adapter/1';

export interface SafetyAdapterData {
  readonly format: typeof safetyAdapterFormat;
  /** The classes of the model it corrects, in that model's order; loading checks they still match. */
  readonly classes: readonly string[];
  /** The embedder of the model it corrects, or null for the n-gram model. */
  readonly embedderId: string | null;
  readonly dimensions: number;
  readonly bias: readonly number[];
  readonly scales: readonly number[];
  /** Base64 int8 weights, bucket-major (see SafetyModelData.weights). */
  readonly weights: string;
  readonly dense?: SafetyDenseBlockData;
  /** How many rows of each category it learnt from, for the record. */
  readonly rows: Readonly<Record<string, number>>;
}

export interface SafetyAdapterOptions {
  /** Hash buckets of the adapter's n-gram block (default 2^14: workspace files are small, and so is the model file). */
  readonly dimensions?: number;
  /** L2 on the correction: larger keeps the shipped behaviour where the workspace rows say nothing (default 1e-3). */
  readonly l2?: number;
  readonly maxIterations?: number;
  /** Length the embedding is scaled to against the n-gram block (default 1.5, as in the shipped model). */
  readonly embeddingWeight?: number;
}

/** The class of `base` an example teaches: `safe` for a safe row, else the class named like its category. */
function classOf(base: SafetyModel, example: SafetyTrainingExample, index: number): number {
  if (example.category === null) return 0;
  const at = base.classes.indexOf(example.category);
  if (at <= 0)
    throw new SwitchboardError(
      'DATASET_INVALID',
      `row ${index + 1}: category '${example.category}' is not one the safety model knows (${base.classes.slice(1).join(', ')})`,
    );
  return at;
}

export function trainSafetyAdapter(
  base: SafetyModel,
  examples: readonly SafetyTrainingExample[],
  options: SafetyAdapterOptions = {},
): SafetyAdapterData {
  const dimensions = options.dimensions ?? 1 << 14;
  const embeddingWeight = base.embedderId ? (options.embeddingWeight ?? 1.5) : 0;
  const classCount = base.classes.length;
  const targets = examples.map((example, i) => classOf(base, example, i));
  if (base.embedderId && examples.some((example) => !example.embedding))
    throw new SwitchboardError('VALIDATION_FAILED', `every row needs a sentence embedding from ${base.embedderId}`);
  const denseDimensions = base.embedderId ? (examples[0]?.embedding?.length ?? 0) : 0;
  const rows = examples.map((example) => exampleRow(example, dimensions, embeddingWeight));
  const offsets = examples.map((example) => base.scores(example.text, example.embedding ?? null));
  const features = dimensions + denseDimensions;
  const fitted = fitLbfgs(rows, targets, examples, classCount, features, options.l2 ?? 1e-3, options.maxIterations ?? 200, offsets);
  const sparse = quantize(fitted.weights.subarray(0, dimensions * classCount), classCount);
  const dense = denseDimensions > 0 ? quantize(fitted.weights.subarray(dimensions * classCount), classCount) : null;
  const counts: Record<string, number> = {};
  for (const target of targets) counts[base.classes[target]!] = (counts[base.classes[target]!] ?? 0) + 1;
  return {
    format: safetyAdapterFormat,
    classes: base.classes,
    embedderId: base.embedderId,
    dimensions,
    bias: fitted.bias.map((value) => Number(value.toFixed(6))),
    ...sparse,
    ...(dense && base.embedderId
      ? { dense: { embedderId: base.embedderId, dimensions: denseDimensions, weight: embeddingWeight, ...dense } }
      : {}),
    rows: counts,
  };
}

/** `base` with the adapter's scores added; thresholds and the decision rule stay the base model's. */
export function applySafetyAdapter(base: SafetyModel, data: SafetyAdapterData): SafetyModel {
  const classCount = base.classes.length;
  if (data.format !== safetyAdapterFormat)
    throw new SwitchboardError('DATASET_INVALID', `safety adapter: expected format ${safetyAdapterFormat}, got '${String(data.format)}'`);
  if (data.classes.join(',') !== base.classes.join(',') || data.embedderId !== base.embedderId)
    throw new SwitchboardError(
      'DATASET_INVALID',
      'safety adapter: it was trained on another version of the shipped safety model; run `switchboard train safety` again',
    );
  const weights =
    data.scales.length === classCount && data.bias.length === classCount ? dequantize(data.weights, data.dimensions, data.scales) : null;
  const denseWeights = data.dense ? dequantize(data.dense.weights, data.dense.dimensions, data.dense.scales) : null;
  if (!weights || (data.dense && !denseWeights))
    throw new SwitchboardError('DATASET_INVALID', 'safety adapter: weights, scales and bias do not match dimensions × classes');
  return createLinearSafetyModel({
    classes: base.classes,
    classAliases: base.classAliases,
    dimensions: data.dimensions,
    weights,
    bias: data.bias,
    threshold: base.threshold,
    categoryThresholds: base.categoryThresholds,
    decision: base.decision,
    dense: data.dense && denseWeights ? { embedderId: data.dense.embedderId, weight: data.dense.weight, weights: denseWeights } : null,
    baseScores: (text, embedding) => base.scores(text, embedding),
  });
}
