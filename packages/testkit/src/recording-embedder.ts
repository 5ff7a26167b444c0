/** A deterministic Embedder for tests: vectors from a function of the text, and a record of every batch it was given. */
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
    embed(texts) {
      calls.push([...texts]);
      return Promise.resolve(texts.map(options.vectorOf));
    },
  };
}
