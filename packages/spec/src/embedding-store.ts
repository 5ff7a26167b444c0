/** Repository of chunk vectors, each stored under the id of the embedding model that made it. */

/** One chunk's vector under one model. */
export interface StoredVector {
  /** The chunk the vector embeds; deleting the chunk deletes its vectors. */
  readonly chunkId: string;
  /** Hash of the exact text that was embedded, so a vector of since-edited text is recognised as stale. */
  readonly textHash: string;
  readonly vector: Float32Array;
}

/** Vectors of two models are never mixed: every read and write names the model. */
export interface EmbeddingStore {
  /** Every vector stored under `modelId` (an Embedder id, e.g. 'openai-compatible:nomic-embed-text'). */
  loadVectors(modelId: string): Promise<StoredVector[]>;
  /** Inserts or replaces these chunks' vectors under `modelId`, in one transaction. A chunk that does not exist is an error. */
  saveVectors(modelId: string, vectors: readonly StoredVector[]): Promise<void>;
}
