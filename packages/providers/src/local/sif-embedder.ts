/**
 * The offline default embedder: smooth inverse frequency (Arora et al., 2017) over GloVe word vectors.
 * Each word is weighted a / (a + p(w)), with p(w) estimated from its frequency rank by Zipf's law.
 * Removing the corpus's first principal component happens in the vector index, which sees the corpus.
 */
import type { Embedder } from '@switchboard/spec';
import type { WordVectors } from './word-vectors.js';

export interface SifEmbedderOptions {
  /** The SIF smoothing constant a; 1e-3 is the paper's usual value. */
  readonly smoothing?: number;
}

const tokenPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function createSifEmbedder(vectors: WordVectors, options: SifEmbedderOptions = {}): Embedder {
  const a = options.smoothing ?? 1e-3;
  // Zipf: p(rank r) = 1 / (r · H_V), H_V ≈ ln V + γ.
  const harmonic = Math.log(vectors.size) + 0.5772;
  const weightOf = (row: number): number => a / (a + 1 / ((row + 1) * harmonic));
  return {
    id: 'local:glove-100d-sif',
    dimensions: vectors.dimensions,
    maxBatchSize: 4096,
    async embed(texts, embedOptions) {
      embedOptions?.signal?.throwIfAborted();
      return texts.map((text) => {
        const vector = new Float32Array(vectors.dimensions);
        let count = 0;
        for (const token of text.toLowerCase().match(tokenPattern) ?? []) {
          const row = vectors.rowOf(token) ?? (token.includes('-') ? undefined : vectors.rowOf(token.replace(/['’]s$/, '')));
          if (row === undefined) continue;
          vectors.addTo(row, weightOf(row), vector);
          count += 1;
        }
        if (count > 0) for (let d = 0; d < vector.length; d += 1) vector[d]! /= count;
        return vector;
      });
    },
  };
}
