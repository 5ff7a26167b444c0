/** Appends a sentence embedding to a sparse TF-IDF row as a dense block, so one linear model sees both. */
import type { SparseVector } from './tfidf-vectorizer.js';

/** Precomputed embeddings of the training texts, one per example, and the embedder that made them. */
export interface IntentEmbeddings {
  /** The embedder's id (e.g. 'local:glove-100d-sif'); a saved model refuses to load with another. */
  readonly embedderId: string;
  readonly dimensions: number;
  readonly vectors: readonly Float32Array[];
}

/**
 * The row with `embedding` L2-normalised, scaled by `weight` and placed at feature ids `offset`…`offset+d-1`.
 * The sparse blocks are unit-length too, so `weight` sets the embedding's share of the score directly.
 * A missing or all-zero embedding (no known word) adds nothing.
 */
export function appendDenseFeatures(row: SparseVector, embedding: Float32Array | undefined, offset: number, weight: number): SparseVector {
  if (!embedding || weight === 0) return row;
  let norm = 0;
  for (const value of embedding) norm += value * value;
  if (norm === 0) return row;
  const scale = weight / Math.sqrt(norm);
  const size = row.indices.length;
  const indices = new Int32Array(size + embedding.length);
  const values = new Float32Array(size + embedding.length);
  indices.set(row.indices);
  values.set(row.values);
  for (let d = 0; d < embedding.length; d++) {
    indices[size + d] = offset + d;
    values[size + d] = embedding[d]! * scale;
  }
  return { indices, values };
}
