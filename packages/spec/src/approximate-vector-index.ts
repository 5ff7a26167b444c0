/**
 * The seam for an approximate nearest-neighbour index implemented by an adapter (HNSW from hnswlib-node in
 * providers). Core's dense index keeps its exact index as the source of truth; the approximate one only answers
 * searches once the corpus is large.
 */

export interface VectorMatch {
  readonly id: string;
  /** Cosine similarity to the query. */
  readonly score: number;
}

export interface ApproximateVectorIndex {
  /** Short name for traces and benchmarks, e.g. 'hnsw'. */
  readonly kind: string;
  /** Replaces everything with these unit-length vectors. */
  build(entries: readonly { id: string; vector: Float32Array }[]): void;
  add(id: string, vector: Float32Array): void;
  remove(id: string): void;
  /** Best `limit` by cosine similarity (score = cosine), skipping ids `accept` refuses. */
  nearest(query: Float32Array, limit: number, accept?: (id: string) => boolean): VectorMatch[];
}

/** Makes an empty approximate index for vectors of `dimensions`. */
export type ApproximateIndexFactory = (dimensions: number) => ApproximateVectorIndex;
