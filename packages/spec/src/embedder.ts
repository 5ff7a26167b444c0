/** Turns text into vectors. Implementations live in packages/providers. */
export interface Embedder {
  /** Model id stored with every vector, e.g. 'local:glove-100d-sif'. Vectors of two ids are never mixed. */
  readonly id: string;
  readonly dimensions: number;
  /** Core splits larger batches. */
  readonly maxBatchSize: number;
  embed(texts: readonly string[], options?: { signal?: AbortSignal }): Promise<Float32Array[]>;
}
