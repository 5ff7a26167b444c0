/** A trained intent classifier: TF-IDF rows (plus an optional embedding block), softmax weights, temperature, oos threshold. */
import { SwitchboardError } from '@switchboard/spec';
import { appendDenseFeatures } from './dense-features.js';
import { softmaxInPlace, softmaxLogits, type SoftmaxModel } from './softmax-regression.js';
import { TfidfVectorizer, type TfidfState } from './tfidf-vectorizer.js';
import { decodeWeights, encodeWeights, type EncodedWeights } from './weight-codec.js';

/** Bumped whenever the JSON layout or the meaning of a field changes; older files must be retrained. */
export const intentModelFormatVersion = 2;

/** The sentence embedder a model was trained with: its id, vector length and the block's weight. */
export interface IntentEmbedderInfo {
  readonly id: string;
  readonly dimensions: number;
  readonly weight: number;
}

export interface IntentModelFile {
  readonly formatVersion: number;
  readonly kind: 'switchboard-intent-classifier';
  readonly labels: readonly string[];
  /** The label used for out-of-scope, whether or not it was a trained class. */
  readonly oosLabel: string;
  readonly temperature: number;
  readonly oosThreshold: number;
  readonly vectorizer: TfidfState;
  /** Null when the model uses TF-IDF features only. */
  readonly embedder: IntentEmbedderInfo | null;
  readonly weights: EncodedWeights;
  readonly bias: readonly number[];
  readonly trainingExamples: number;
}

export interface LabelProbability {
  readonly label: string;
  readonly probability: number;
}

export interface IntentPrediction {
  /** The chosen intent, or the out-of-scope label. */
  readonly label: string;
  /** Calibrated probability of the chosen label (for a threshold rejection: 1 − the best intent's probability). */
  readonly confidence: number;
  readonly outOfScope: boolean;
  /** The most probable labels, best first (calibrated, before out-of-scope routing). */
  readonly probabilities: readonly LabelProbability[];
}

export interface IntentClassifierParts {
  readonly labels: readonly string[];
  readonly oosLabel: string;
  readonly temperature: number;
  readonly oosThreshold: number;
  readonly vectorizer: TfidfVectorizer;
  readonly model: SoftmaxModel;
  readonly embedder: IntentEmbedderInfo | null;
  readonly trainingExamples: number;
}

export class IntentClassifier {
  readonly labels: readonly string[];
  readonly oosLabel: string;
  readonly temperature: number;
  readonly oosThreshold: number;
  readonly trainingExamples: number;
  readonly embedder: IntentEmbedderInfo | null;
  private readonly vectorizer: TfidfVectorizer;
  private readonly model: SoftmaxModel;
  private readonly oosIndex: number;

  constructor(parts: IntentClassifierParts) {
    this.labels = parts.labels;
    this.oosLabel = parts.oosLabel;
    this.temperature = parts.temperature;
    this.oosThreshold = parts.oosThreshold;
    this.trainingExamples = parts.trainingExamples;
    this.embedder = parts.embedder;
    this.vectorizer = parts.vectorizer;
    this.model = parts.model;
    this.oosIndex = parts.labels.indexOf(parts.oosLabel);
  }

  /**
   * The full calibrated distribution over `labels`, plus whether the text had any known word feature. A model with
   * an `embedder` wants the text's embedding from it; without one it scores the TF-IDF features alone (less accurate).
   */
  distribution(text: string, embedding?: Float32Array): { probabilities: Float64Array; known: boolean } {
    const sparse = this.vectorizer.transform(text);
    if (embedding && this.embedder && embedding.length !== this.embedder.dimensions) {
      throw new SwitchboardError(
        'VALIDATION_FAILED',
        `intent model expects ${this.embedder.dimensions}-d embeddings from ${this.embedder.id}; got ${embedding.length}`,
      );
    }
    const row = this.embedder ? appendDenseFeatures(sparse, embedding, this.vectorizer.size, this.embedder.weight) : sparse;
    const probabilities = softmaxInPlace(softmaxLogits(this.model, row), this.temperature);
    return { probabilities, known: sparse.indices.length > 0 };
  }

  predict(text: string, topK = 5, embedding?: Float32Array): IntentPrediction {
    const { probabilities, known } = this.distribution(text, embedding);
    let best = -1;
    for (let c = 0; c < probabilities.length; c++) {
      if (c !== this.oosIndex && (best < 0 || probabilities[c]! > probabilities[best]!)) best = c;
    }
    const bestProbability = best < 0 ? 0 : probabilities[best]!;
    const oosProbability = this.oosIndex < 0 ? 0 : probabilities[this.oosIndex]!;
    const ranked = [...probabilities.keys()]
      .sort((a, b) => probabilities[b]! - probabilities[a]!)
      .slice(0, Math.max(1, topK))
      .map((c) => ({ label: this.labels[c]!, probability: probabilities[c]! }));
    // A text with no known feature scores only the biases: any label would be a guess.
    if (!known || best < 0 || oosProbability > bestProbability || bestProbability < this.oosThreshold) {
      const confidence = oosProbability > bestProbability ? oosProbability : 1 - bestProbability;
      return { label: this.oosLabel, confidence, outOfScope: true, probabilities: ranked };
    }
    return { label: this.labels[best]!, confidence: bestProbability, outOfScope: false, probabilities: ranked };
  }

  toJSON(): IntentModelFile {
    return {
      formatVersion: intentModelFormatVersion,
      kind: 'switchboard-intent-classifier',
      labels: this.labels,
      oosLabel: this.oosLabel,
      temperature: this.temperature,
      oosThreshold: this.oosThreshold,
      vectorizer: this.vectorizer.toState(),
      embedder: this.embedder,
      weights: encodeWeights(this.model.weights),
      bias: Array.from(this.model.bias),
      trainingExamples: this.trainingExamples,
    };
  }

  /**
   * Rebuilds a classifier from its JSON form; a file of another format version is refused with a clear message.
   * With `embedderId` (null = none available) a model trained with another embedder is refused too.
   */
  static fromJSON(value: unknown, options: { embedderId?: string | null } = {}): IntentClassifier {
    const file = value as Partial<IntentModelFile> | null;
    if (!file || typeof file !== 'object' || file.kind !== 'switchboard-intent-classifier') {
      throw new SwitchboardError('VALIDATION_FAILED', 'not a Switchboard intent model (missing kind "switchboard-intent-classifier")');
    }
    if (file.formatVersion !== intentModelFormatVersion) {
      throw new SwitchboardError(
        'VALIDATION_FAILED',
        `intent model formatVersion ${String(file.formatVersion)} is not supported (this version reads ${intentModelFormatVersion}); retrain it with \`switchboard train intents\``,
        { details: { formatVersion: file.formatVersion, supported: intentModelFormatVersion } },
      );
    }
    const { labels, vectorizer, weights, bias } = file as IntentModelFile;
    const embedder = file.embedder ?? null;
    if (options.embedderId !== undefined && embedder && embedder.id !== options.embedderId) {
      throw new SwitchboardError(
        'VALIDATION_FAILED',
        `intent model was trained with embedder ${embedder.id} but ${options.embedderId ?? 'no embedder'} is available; retrain it with \`switchboard train intents\``,
        { details: { embedder: embedder.id, available: options.embedderId } },
      );
    }
    const state = TfidfVectorizer.fromState(vectorizer);
    const decoded = decodeWeights(weights);
    const features = state.size + (embedder?.dimensions ?? 0);
    if (decoded.length !== features * labels.length || bias.length !== labels.length) {
      throw new SwitchboardError('VALIDATION_FAILED', 'intent model is inconsistent: weight count does not match vocabulary × labels');
    }
    return new IntentClassifier({
      labels,
      oosLabel: file.oosLabel ?? 'oos',
      temperature: file.temperature ?? 1,
      oosThreshold: file.oosThreshold ?? 0,
      vectorizer: state,
      model: { classes: labels.length, features, weights: decoded, bias: Float32Array.from(bias) },
      embedder,
      trainingExamples: file.trainingExamples ?? 0,
    });
  }
}
