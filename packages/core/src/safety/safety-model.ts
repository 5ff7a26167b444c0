/** The shipped linear safety classifier: its serialised form, loading it, and scoring one message. */
import { SwitchboardError } from '@switchboard/spec';
import { safetyFeatures } from './safety-features.js';

export const safetyModelFormat = 'switchboard-safety-linear/1';

/** A multinomial logistic-regression model, serialisable as JSON. Class 0 is always `safe`. */
export interface SafetyModelData {
  readonly format: typeof safetyModelFormat;
  /** `safe` then the unsafe categories the model was trained on. */
  readonly classes: readonly string[];
  /** Number of hash buckets the features are folded into. */
  readonly dimensions: number;
  /** Flag a message when the probability that it is not `safe` reaches this. */
  readonly threshold: number;
  /** Per-category overrides of `threshold`, applied to the model's most likely category. */
  readonly categoryThresholds?: Readonly<Record<string, number>>;
  readonly bias: readonly number[];
  /** Per-class step of the int8 quantisation: weight = byte × scale. */
  readonly scales: readonly number[];
  /** Base64 of int8 weights, bucket-major: byte `bucket × classes.length + class`. */
  readonly weights: string;
  /** Where the training data came from, for the record. */
  readonly trainedOn: readonly string[];
}

export interface SafetyPrediction {
  /** Probability that the message is unsafe (1 − P(safe)). */
  readonly unsafe: number;
  /** The most likely unsafe category. */
  readonly category: string;
  readonly probabilities: Readonly<Record<string, number>>;
}

export interface SafetyModel {
  readonly classes: readonly string[];
  readonly threshold: number;
  readonly categoryThresholds: Readonly<Record<string, number>>;
  predict(text: string): SafetyPrediction;
}

/** Softmax over class scores, shifted by the maximum for numerical safety. */
export function softmax(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - max));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}

/** A model over dense float weights (bucket-major), used both for loading and during training. */
export function createLinearSafetyModel(
  classes: readonly string[],
  dimensions: number,
  weights: Float32Array,
  bias: readonly number[],
  threshold: number,
  categoryThresholds: Readonly<Record<string, number>> = {},
): SafetyModel {
  const classCount = classes.length;
  return {
    classes,
    threshold,
    categoryThresholds,
    predict(text: string): SafetyPrediction {
      const features = safetyFeatures(text, dimensions);
      const scores = [...bias];
      for (let i = 0; i < features.indices.length; i += 1) {
        const offset = features.indices[i]! * classCount;
        const value = features.values[i]!;
        for (let c = 0; c < classCount; c += 1) scores[c]! += weights[offset + c]! * value;
      }
      const probabilities = softmax(scores);
      let best = 1;
      for (let c = 2; c < classCount; c += 1) if (probabilities[c]! > probabilities[best]!) best = c;
      return {
        unsafe: 1 - probabilities[0]!,
        category: classes[best] ?? 'safe',
        probabilities: Object.fromEntries(classes.map((name, c) => [name, probabilities[c]!])),
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

/** Validates and loads serialised weights; throws DATASET_INVALID when they do not fit together. */
export function loadSafetyModel(data: SafetyModelData): SafetyModel {
  const classCount = data.classes.length;
  if (data.format !== safetyModelFormat || data.classes[0] !== 'safe' || classCount < 2)
    throw new SwitchboardError('DATASET_INVALID', `safety model: expected format ${safetyModelFormat} with 'safe' as the first class`);
  const bytes = decodeBase64(data.weights);
  if (bytes.length !== data.dimensions * classCount || data.scales.length !== classCount || data.bias.length !== classCount)
    throw new SwitchboardError('DATASET_INVALID', 'safety model: weights, scales and bias do not match dimensions × classes');
  const signed = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const weights = new Float32Array(signed.length);
  for (let i = 0; i < signed.length; i += 1) weights[i] = signed[i]! * data.scales[i % classCount]!;
  return createLinearSafetyModel(data.classes, data.dimensions, weights, data.bias, data.threshold, data.categoryThresholds);
}
