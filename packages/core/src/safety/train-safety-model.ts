/** Trains the linear safety classifier (multinomial logistic regression, SGD) and serialises it. */
import { safetyFeatures, type SparseVector } from './safety-features.js';
import { createLinearSafetyModel, safetyModelFormat, softmax, type SafetyModel, type SafetyModelData } from './safety-model.js';

export interface SafetyTrainingExample {
  readonly text: string;
  /** The unsafe category, or null for a safe message. */
  readonly category: string | null;
  /** Relative importance in the loss (default 1). */
  readonly weight?: number;
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
}

export interface TrainedSafetyModel {
  readonly classes: readonly string[];
  readonly dimensions: number;
  readonly weights: Float32Array;
  readonly bias: number[];
  readonly threshold: number;
  readonly categoryThresholds: Readonly<Record<string, number>>;
}

function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}

export function trainSafetyModel(examples: readonly SafetyTrainingExample[], options: SafetyTrainingOptions): TrainedSafetyModel {
  const dimensions = options.dimensions ?? 1 << 17;
  const epochs = options.epochs ?? 12;
  const learningRate = options.learningRate ?? 0.5;
  const l2 = options.l2 ?? 1e-6;
  const categories = [...new Set(examples.flatMap((example) => (example.category ? [example.category] : [])))].sort();
  const classes = ['safe', ...categories];
  const classCount = classes.length;
  const targets = examples.map((example) => (example.category ? classes.indexOf(example.category) : 0));
  const vectors: SparseVector[] = examples.map((example) => safetyFeatures(example.text, dimensions));
  const weights = new Float32Array(dimensions * classCount);
  const bias = new Array<number>(classCount).fill(0);
  const order = examples.map((_, i) => i);
  let step = 0;
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    shuffle(order, options.random);
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
  return { classes, dimensions, weights, bias, threshold: options.threshold ?? 0.5, categoryThresholds: options.categoryThresholds ?? {} };
}

/** A trained model ready to score, without a round trip through serialisation. */
export function toSafetyModel(trained: TrainedSafetyModel): SafetyModel {
  return createLinearSafetyModel(
    trained.classes,
    trained.dimensions,
    trained.weights,
    trained.bias,
    trained.threshold,
    trained.categoryThresholds,
  );
}

function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Quantises weights to int8 with one step per class (the model stays under a few MB as JSON). */
export function serializeSafetyModel(trained: TrainedSafetyModel, trainedOn: readonly string[]): SafetyModelData {
  const classCount = trained.classes.length;
  const scales = trained.classes.map((_, c) => {
    let max = 0;
    for (let i = c; i < trained.weights.length; i += classCount) max = Math.max(max, Math.abs(trained.weights[i]!));
    return max > 0 ? max / 127 : 1;
  });
  const bytes = new Int8Array(trained.weights.length);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = Math.round(trained.weights[i]! / scales[i % classCount]!);
  return {
    format: safetyModelFormat,
    classes: trained.classes,
    dimensions: trained.dimensions,
    threshold: trained.threshold,
    categoryThresholds: trained.categoryThresholds,
    bias: trained.bias.map((value) => Number(value.toFixed(6))),
    scales: scales.map((value) => Number(value.toPrecision(8))),
    weights: encodeBase64(new Uint8Array(bytes.buffer)),
    trainedOn,
  };
}
