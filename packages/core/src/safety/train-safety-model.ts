/** Trains the linear safety classifier (multinomial logistic regression, SGD) and serialises it. */
import { minimizeLbfgs } from '../optimize/lbfgs.js';
import { softmaxObjective } from '../optimize/softmax-objective.js';
import { safetyFeatures, type SparseVector } from './safety-features.js';
import {
  createLinearSafetyModel,
  safetyModelFormat,
  softmax,
  type SafetyDecisionRule,
  type SafetyModel,
  type SafetyModelData,
} from './safety-model.js';

export interface SafetyTrainingExample {
  readonly text: string;
  /** The unsafe class, or null for a safe message. */
  readonly category: string | null;
  /** Relative importance in the loss (default 1). */
  readonly weight?: number;
  /** The unit-length sentence-mean embedding of the text, when the model learns from embeddings. */
  readonly embedding?: Float32Array | null;
}

export interface SafetyTrainingOptions {
  /** A uniform random source in [0, 1); pass a seeded one for reproducible models. */
  readonly random: () => number;
  readonly dimensions?: number;
  readonly epochs?: number;
  readonly learningRate?: number;
  readonly l2?: number;
  readonly threshold?: number;
  /** Per-category decision thresholds (e.g. stricter for categories learnt from few examples). */
  readonly categoryThresholds?: Readonly<Record<string, number>>;
  /** Classes reported as another category (see SafetyModelData.classAliases). */
  readonly classAliases?: Readonly<Record<string, string>>;
  /** How the model flags (see SafetyModelData.decision); default `unsafe`. */
  readonly decision?: SafetyDecisionRule;
  /**
   * `sgd` (default; the n-gram model's) or `lbfgs`: full-batch L-BFGS on the weighted mean log-loss + λ/2·‖W‖² with
   * λ = `l2`, which converges where SGD on a dense embedding block keeps jittering (the embedding model's).
   */
  readonly optimizer?: 'sgd' | 'lbfgs';
  /** L-BFGS iterations (default 300). */
  readonly maxIterations?: number;
  /** With embeddings on the examples: the embedder they came from and the length they are scaled to. */
  readonly embedder?: { readonly id: string; readonly weight: number } | null;
}

export interface TrainedSafetyModel {
  readonly classes: readonly string[];
  readonly classAliases: Readonly<Record<string, string>>;
  readonly dimensions: number;
  readonly weights: Float32Array;
  readonly bias: number[];
  readonly threshold: number;
  readonly categoryThresholds: Readonly<Record<string, number>>;
  readonly decision: SafetyDecisionRule;
  readonly dense: { readonly embedderId: string; readonly weight: number; readonly weights: Float32Array } | null;
}

function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}

/** The hashed n-gram row, with the scaled embedding appended as feature ids `dimensions`… when there is one. */
export function exampleRow(example: SafetyTrainingExample, dimensions: number, embeddingWeight: number): SparseVector {
  const sparse = safetyFeatures(example.text, dimensions);
  if (!example.embedding || embeddingWeight === 0) return sparse;
  const indices = [...sparse.indices];
  const values = [...sparse.values];
  example.embedding.forEach((value, d) => {
    indices.push(dimensions + d);
    values.push(value * embeddingWeight);
  });
  return { indices, values };
}

export function trainSafetyModel(examples: readonly SafetyTrainingExample[], options: SafetyTrainingOptions): TrainedSafetyModel {
  const dimensions = options.dimensions ?? 1 << 17;
  const epochs = options.epochs ?? 12;
  const learningRate = options.learningRate ?? 0.5;
  const l2 = options.l2 ?? 1e-6;
  const embedder = options.embedder ?? null;
  const denseDimensions = embedder ? (examples.find((example) => example.embedding)?.embedding?.length ?? 0) : 0;
  const categories = [...new Set(examples.flatMap((example) => (example.category ? [example.category] : [])))].sort();
  const classes = ['safe', ...categories];
  const classCount = classes.length;
  const targets = examples.map((example) => (example.category ? classes.indexOf(example.category) : 0));
  const vectors: SparseVector[] = examples.map((example) => exampleRow(example, dimensions, embedder?.weight ?? 0));
  const features = dimensions + denseDimensions;
  const { weights, bias } =
    options.optimizer === 'lbfgs'
      ? fitLbfgs(vectors, targets, examples, classCount, features, l2, options.maxIterations ?? 300)
      : fitSgd(vectors, targets, examples, classCount, features, { epochs, learningRate, l2, random: options.random });
  return {
    classes,
    classAliases: options.classAliases ?? {},
    dimensions,
    weights: weights.subarray(0, dimensions * classCount),
    bias,
    threshold: options.threshold ?? 0.5,
    categoryThresholds: options.categoryThresholds ?? {},
    decision: options.decision ?? 'unsafe',
    dense:
      embedder && denseDimensions > 0
        ? { embedderId: embedder.id, weight: embedder.weight, weights: weights.subarray(dimensions * classCount) }
        : null,
  };
}

/**
 * Full-batch L-BFGS on the weighted mean log-loss + λ/2·‖W‖²; with `offsets` (fixed per-row class scores, a shipped
 * model's for a workspace adapter) it fits a correction on top of them.
 */
export function fitLbfgs(
  vectors: readonly SparseVector[],
  targets: readonly number[],
  examples: readonly SafetyTrainingExample[],
  classCount: number,
  features: number,
  l2: number,
  maxIterations: number,
  offsets?: readonly ArrayLike<number>[],
): { weights: Float32Array; bias: number[] } {
  const objective = softmaxObjective(
    vectors,
    targets,
    examples.map((example) => example.weight ?? 1),
    classCount,
    features,
    l2,
    offsets,
  );
  const { x } = minimizeLbfgs(objective, new Float64Array(features * classCount + classCount), { maxIterations });
  return { weights: Float32Array.from(x.subarray(0, features * classCount)), bias: Array.from(x.subarray(features * classCount)) };
}

function fitSgd(
  vectors: readonly SparseVector[],
  targets: readonly number[],
  examples: readonly SafetyTrainingExample[],
  classCount: number,
  features: number,
  settings: { epochs: number; learningRate: number; l2: number; random: () => number },
): { weights: Float32Array; bias: number[] } {
  const { epochs, learningRate, l2 } = settings;
  const weights = new Float32Array(features * classCount);
  const bias = new Array<number>(classCount).fill(0);
  const order = examples.map((_, i) => i);
  let step = 0;
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    shuffle(order, settings.random);
    for (const i of order) {
      const vector = vectors[i]!;
      const rate = learningRate / (1 + step * 1e-4);
      step += 1;
      const scores = [...bias];
      for (let k = 0; k < vector.indices.length; k += 1) {
        const offset = vector.indices[k]! * classCount;
        for (let c = 0; c < classCount; c += 1) scores[c]! += weights[offset + c]! * vector.values[k]!;
      }
      const probabilities = softmax(scores);
      const scale = rate * (examples[i]!.weight ?? 1);
      for (let c = 0; c < classCount; c += 1) {
        const gradient = probabilities[c]! - (c === targets[i] ? 1 : 0);
        bias[c]! -= scale * gradient * 0.1;
        for (let k = 0; k < vector.indices.length; k += 1) {
          const at = vector.indices[k]! * classCount + c;
          // L2 is applied only to the buckets this example touches: cheap, and enough to keep rare buckets small.
          weights[at] = weights[at]! - scale * (gradient * vector.values[k]! + l2 * weights[at]!);
        }
      }
    }
  }
  return { weights, bias };
}

/** A trained model ready to score, without a round trip through serialisation. */
export function toSafetyModel(trained: TrainedSafetyModel): SafetyModel {
  return createLinearSafetyModel(trained);
}

function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** int8 quantisation with one step per class: the bytes (base64) and the steps. */
export function quantize(weights: Float32Array, classCount: number): { weights: string; scales: number[] } {
  const scales = Array.from({ length: classCount }, (_, c) => {
    let max = 0;
    for (let i = c; i < weights.length; i += classCount) max = Math.max(max, Math.abs(weights[i]!));
    return max > 0 ? max / 127 : 1;
  });
  const bytes = new Int8Array(weights.length);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = Math.round(weights[i]! / scales[i % classCount]!);
  return { weights: encodeBase64(new Uint8Array(bytes.buffer)), scales: scales.map((value) => Number(value.toPrecision(8))) };
}

/** Quantises weights to int8 with one step per class (the model stays under a few MB as JSON). */
export function serializeSafetyModel(trained: TrainedSafetyModel, trainedOn: readonly string[]): SafetyModelData {
  const classCount = trained.classes.length;
  const sparse = quantize(trained.weights, classCount);
  const dense = trained.dense ? quantize(trained.dense.weights, classCount) : null;
  return {
    format: safetyModelFormat,
    classes: trained.classes,
    ...(Object.keys(trained.classAliases).length > 0 ? { classAliases: trained.classAliases } : {}),
    dimensions: trained.dimensions,
    threshold: trained.threshold,
    categoryThresholds: trained.categoryThresholds,
    ...(trained.decision === 'unsafe' ? {} : { decision: trained.decision }),
    bias: trained.bias.map((value) => Number(value.toFixed(6))),
    scales: sparse.scales,
    weights: sparse.weights,
    ...(trained.dense && dense
      ? {
          dense: {
            embedderId: trained.dense.embedderId,
            dimensions: trained.dense.weights.length / classCount,
            weight: trained.dense.weight,
            ...dense,
          },
        }
      : {}),
    trainedOn,
  };
}
