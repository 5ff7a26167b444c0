/** The shipped linear safety classifier: its serialised form, loading it, and scoring one message. */
import { SwitchboardError } from '@switchboard/spec';
import { safetyFeatures } from './safety-features.js';

export const safetyModelFormat = 'switchboard-safety-linear/1';

/** The sentence-embedding block of a model trained with embedding features (int8 weights like the hashed block). */
export interface SafetyDenseBlockData {
  /** The embedder the vectors must come from (e.g. 'local:use-lite'). */
  readonly embedderId: string;
  readonly dimensions: number;
  /** Length the unit-length embedding is scaled to against the unit-length n-gram blocks. */
  readonly weight: number;
  readonly scales: readonly number[];
  /** Base64 of int8 weights, dimension-major: byte `dimension × classes.length + class`. */
  readonly weights: string;
}

/** A multinomial logistic-regression model, serialisable as JSON. Class 0 is always `safe`. */
export interface SafetyModelData {
  readonly format: typeof safetyModelFormat;
  /** `safe` then the unsafe classes the model was trained on. */
  readonly classes: readonly string[];
  /**
   * Classes reported as another category (e.g. `sexual` and `hate` as `harassment`): finer classes learn better
   * than one merged class, while the filter's categories and their actions stay the documented ones.
   */
  readonly classAliases?: Readonly<Record<string, string>>;
  /** Number of hash buckets the features are folded into. */
  readonly dimensions: number;
  /** Flag a message when the probability that it is not `safe` reaches this. */
  readonly threshold: number;
  /** Per-category overrides of `threshold`, applied to the model's most likely (reported) category. */
  readonly categoryThresholds?: Readonly<Record<string, number>>;
  /**
   * How a message is flagged: `unsafe` (default) when 1 − P(safe) reaches the threshold of the most likely category;
   * `category` when the probability of some category itself (its classes summed) reaches that category's threshold,
   * which keeps a little probability on each of several categories from adding up to a flag.
   */
  readonly decision?: SafetyDecisionRule;
  readonly bias: readonly number[];
  /** Per-class step of the int8 quantisation: weight = byte × scale. */
  readonly scales: readonly number[];
  /** Base64 of int8 weights, bucket-major: byte `bucket × classes.length + class`. */
  readonly weights: string;
  /** Present when the model also reads a sentence embedding of the message. */
  readonly dense?: SafetyDenseBlockData;
  /** Where the training data came from, for the record. */
  readonly trainedOn: readonly string[];
}

export type SafetyDecisionRule = 'unsafe' | 'category';

export interface SafetyPrediction {
  /** Probability that the message is unsafe (1 − P(safe)). */
  readonly unsafe: number;
  /** The most likely unsafe category (after class aliases). */
  readonly category: string;
  /** Per model class. */
  readonly probabilities: Readonly<Record<string, number>>;
  /** Per reported category: the probabilities of its classes summed (`safe` left out). */
  readonly categoryProbabilities: Readonly<Record<string, number>>;
}

export interface SafetyModel {
  readonly classes: readonly string[];
  /** Classes reported as another category (see SafetyModelData.classAliases). */
  readonly classAliases: Readonly<Record<string, string>>;
  readonly threshold: number;
  readonly categoryThresholds: Readonly<Record<string, number>>;
  readonly decision: SafetyDecisionRule;
  /** The embedder whose (sentence-mean) vector `predict` expects, or null for an n-gram-only model. */
  readonly embedderId: string | null;
  /** `embedding` is required by a model with an embedder and ignored by one without. */
  predict(text: string, embedding?: Float32Array | null): SafetyPrediction;
  /** The unnormalised class scores behind `predict` (one per class), which a workspace adapter adds to. */
  scores(text: string, embedding?: Float32Array | null): number[];
}

/** Dense float weights of a linear model, as decoded or as trained. */
export interface LinearSafetyModelParts {
  readonly classes: readonly string[];
  readonly classAliases?: Readonly<Record<string, string>>;
  readonly dimensions: number;
  /** Bucket-major hashed n-gram weights. */
  readonly weights: Float32Array;
  readonly bias: readonly number[];
  readonly threshold: number;
  readonly categoryThresholds?: Readonly<Record<string, number>>;
  readonly decision?: SafetyDecisionRule;
  readonly dense?: { readonly embedderId: string; readonly weight: number; readonly weights: Float32Array } | null;
  /** Fixed scores added to this model's own (a shipped model's, when this one is a workspace adapter on top of it). */
  readonly baseScores?: ((text: string, embedding: Float32Array | null | undefined) => readonly number[]) | null;
}

/** Softmax over class scores, shifted by the maximum for numerical safety. */
export function softmax(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - max));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}

/** Class scores of one message: hashed n-gram block, plus the embedding block when the model has one. */
function classScores(parts: LinearSafetyModelParts, text: string, embedding: Float32Array | null | undefined): number[] {
  const classCount = parts.classes.length;
  const features = safetyFeatures(text, parts.dimensions);
  const base = parts.baseScores?.(text, embedding);
  const scores = base ? parts.bias.map((value, c) => value + base[c]!) : [...parts.bias];
  for (let i = 0; i < features.indices.length; i += 1) {
    const offset = features.indices[i]! * classCount;
    const value = features.values[i]!;
    for (let c = 0; c < classCount; c += 1) scores[c]! += parts.weights[offset + c]! * value;
  }
  if (parts.dense && embedding) {
    const { weight, weights } = parts.dense;
    for (let d = 0; d < embedding.length; d += 1) {
      const value = embedding[d]! * weight;
      for (let c = 0; c < classCount; c += 1) scores[c]! += weights[d * classCount + c]! * value;
    }
  }
  return scores;
}

/** A model over dense float weights, used both for loading and during training. */
export function createLinearSafetyModel(parts: LinearSafetyModelParts): SafetyModel {
  const { classes } = parts;
  const aliases = parts.classAliases ?? {};
  const embedderId = parts.dense?.embedderId ?? null;
  const check = (embedding: Float32Array | null | undefined): void => {
    if (embedderId && !embedding)
      throw new SwitchboardError('VALIDATION_FAILED', `this safety model needs a sentence embedding from ${embedderId}`);
    if (parts.dense && embedding && embedding.length * classes.length !== parts.dense.weights.length)
      throw new SwitchboardError(
        'VALIDATION_FAILED',
        `safety model: got a ${embedding.length}-d embedding, expected ${parts.dense.weights.length / classes.length}-d from ${embedderId}`,
      );
  };
  return {
    classes,
    classAliases: aliases,
    threshold: parts.threshold,
    categoryThresholds: parts.categoryThresholds ?? {},
    decision: parts.decision ?? 'unsafe',
    embedderId,
    scores(text, embedding) {
      check(embedding);
      return classScores(parts, text, embedding);
    },
    predict(text, embedding) {
      check(embedding);
      const probabilities = softmax(classScores(parts, text, embedding));
      let best = 1;
      for (let c = 2; c < classes.length; c += 1) if (probabilities[c]! > probabilities[best]!) best = c;
      const name = classes[best] ?? 'safe';
      const categoryProbabilities: Record<string, number> = {};
      for (let c = 1; c < classes.length; c += 1) {
        const category = aliases[classes[c]!] ?? classes[c]!;
        categoryProbabilities[category] = (categoryProbabilities[category] ?? 0) + probabilities[c]!;
      }
      return {
        unsafe: 1 - probabilities[0]!,
        category: aliases[name] ?? name,
        probabilities: Object.fromEntries(classes.map((each, c) => [each, probabilities[c]!])),
        categoryProbabilities,
      };
    },
  };
}

function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** int8 bytes × per-class scale → float weights; null when the byte count is not rows × classes. */
export function dequantize(base64: string, rows: number, scales: readonly number[]): Float32Array | null {
  const bytes = decodeBase64(base64);
  const classCount = scales.length;
  if (bytes.length !== rows * classCount) return null;
  const signed = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const weights = new Float32Array(signed.length);
  for (let i = 0; i < signed.length; i += 1) weights[i] = signed[i]! * scales[i % classCount]!;
  return weights;
}

/** Validates and loads serialised weights; throws DATASET_INVALID when they do not fit together. */
export function loadSafetyModel(data: SafetyModelData): SafetyModel {
  const classCount = data.classes.length;
  if (data.format !== safetyModelFormat || data.classes[0] !== 'safe' || classCount < 2)
    throw new SwitchboardError('DATASET_INVALID', `safety model: expected format ${safetyModelFormat} with 'safe' as the first class`);
  const weights =
    data.scales.length === classCount && data.bias.length === classCount ? dequantize(data.weights, data.dimensions, data.scales) : null;
  if (!weights) throw new SwitchboardError('DATASET_INVALID', 'safety model: weights, scales and bias do not match dimensions × classes');
  let dense: LinearSafetyModelParts['dense'] = null;
  if (data.dense) {
    const denseWeights =
      data.dense.scales.length === classCount ? dequantize(data.dense.weights, data.dense.dimensions, data.dense.scales) : null;
    if (!denseWeights)
      throw new SwitchboardError('DATASET_INVALID', 'safety model: dense.weights and dense.scales do not match dense.dimensions × classes');
    dense = { embedderId: data.dense.embedderId, weight: data.dense.weight, weights: denseWeights };
  }
  return createLinearSafetyModel({
    classes: data.classes,
    dimensions: data.dimensions,
    weights,
    bias: data.bias,
    threshold: data.threshold,
    dense,
    ...(data.decision ? { decision: data.decision } : {}),
    ...(data.classAliases ? { classAliases: data.classAliases } : {}),
    ...(data.categoryThresholds ? { categoryThresholds: data.categoryThresholds } : {}),
  });
}
