/** TF-IDF over intent feature keys: vocabulary with a document-frequency floor, sublinear tf, L2-normalised blocks. */
import { intentFeatures, type IntentFeatureOptions } from './intent-features.js';

/** A sparse row: feature ids ascending, with their values. */
export interface SparseVector {
  readonly indices: Int32Array;
  readonly values: Float32Array;
}

export interface TfidfOptions extends IntentFeatureOptions {
  /** Keys seen in fewer training texts are dropped (keeps the model small, removes typos seen once). */
  readonly minDocumentFrequency: number;
  /** Relative weight of the character block against the word block (each block is L2-normalised first). */
  readonly charWeight: number;
}

/** The JSON form of a fitted vectorizer. */
export interface TfidfState {
  readonly options: TfidfOptions;
  readonly vocabulary: readonly string[];
  readonly idf: readonly number[];
}

export class TfidfVectorizer {
  readonly options: TfidfOptions;
  private readonly ids: Map<string, number>;
  private readonly idf: Float32Array;
  private readonly vocabulary: readonly string[];

  private constructor(state: TfidfState) {
    this.options = state.options;
    this.vocabulary = state.vocabulary;
    this.ids = new Map(state.vocabulary.map((key, id) => [key, id]));
    this.idf = Float32Array.from(state.idf);
  }

  get size(): number {
    return this.vocabulary.length;
  }

  /** Learns the vocabulary and smoothed idf (`ln((1+N)/(1+df)) + 1`, as scikit-learn) from training texts. */
  static fit(texts: readonly string[], options: TfidfOptions): TfidfVectorizer {
    const documentFrequency = new Map<string, number>();
    for (const text of texts) {
      for (const key of new Set(intentFeatures(text, options))) {
        documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
      }
    }
    const kept = [...documentFrequency.entries()].filter(([, df]) => df >= options.minDocumentFrequency);
    kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const n = texts.length;
    return new TfidfVectorizer({
      options,
      vocabulary: kept.map(([key]) => key),
      idf: kept.map(([, df]) => Math.log((1 + n) / (1 + df)) + 1),
    });
  }

  static fromState(state: TfidfState): TfidfVectorizer {
    return new TfidfVectorizer(state);
  }

  toState(): TfidfState {
    return { options: this.options, vocabulary: this.vocabulary, idf: Array.from(this.idf) };
  }

  /** The weighted, normalised row of one text; unknown keys are ignored, so gibberish gives an empty row. */
  transform(text: string): SparseVector {
    const counts = new Map<number, number>();
    for (const key of intentFeatures(text, this.options)) {
      const id = this.ids.get(key);
      if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const indices = Int32Array.from(counts.keys()).sort();
    const values = new Float32Array(indices.length);
    let wordNorm = 0;
    let charNorm = 0;
    for (let k = 0; k < indices.length; k++) {
      const id = indices[k]!;
      const value = (1 + Math.log(counts.get(id)!)) * this.idf[id]!;
      values[k] = value;
      if (this.isChar(id)) charNorm += value * value;
      else wordNorm += value * value;
    }
    const wordScale = wordNorm > 0 ? 1 / Math.sqrt(wordNorm) : 0;
    const charScale = charNorm > 0 ? this.options.charWeight / Math.sqrt(charNorm) : 0;
    for (let k = 0; k < indices.length; k++) values[k]! *= this.isChar(indices[k]!) ? charScale : wordScale;
    return { indices, values };
  }

  private isChar(id: number): boolean {
    return this.vocabulary[id]!.charCodeAt(0) === 99; // 'c'
  }
}
