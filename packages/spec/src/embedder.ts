/** Turns text into vectors. Implementations live in packages/providers. */
export interface Embedder {
  /** Model id stored with every vector, e.g. 'local:glove-100d-sif'. Vectors of two ids are never mixed. */
  readonly id: string;
  /** Length of every vector; an adapter that learns it from its first response reports 0 until then. */
  readonly dimensions: number;
  /** Core splits larger batches. */
  readonly maxBatchSize: number;
  /**
   * One vector per text, in input order, and the same vector for the same text (stored vectors are reused by id and
   * text). `signal` cancels the call: once it is aborted, embed rejects rather than embed anything more.
   */
  embed(texts: readonly string[], options?: { signal?: AbortSignal }): Promise<Float32Array[]>;
}
