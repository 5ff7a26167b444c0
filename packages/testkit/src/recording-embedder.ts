/** A deterministic Embedder for tests: vectors from a function of the text, and a record of every batch it embedded. */
import type { Embedder } from '@switchboard/spec';

export interface RecordingEmbedder extends Embedder {
  /** Each call's texts, in call order. */
  readonly calls: string[][];
}

export interface RecordingEmbedderOptions {
  readonly id?: string;
  readonly dimensions: number;
  readonly maxBatchSize?: number;
  readonly vectorOf: (text: string) => Float32Array;
}

export function recordingEmbedder(options: RecordingEmbedderOptions): RecordingEmbedder {
  const calls: string[][] = [];
  return {
    id: options.id ?? 'test:recording',
    dimensions: options.dimensions,
    maxBatchSize: options.maxBatchSize ?? 64,
    calls,
    async embed(texts, embedOptions) {
      embedOptions?.signal?.throwIfAborted();
      calls.push([...texts]);
      return texts.map(options.vectorOf);
    },
  };
}
