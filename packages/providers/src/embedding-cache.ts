/** A bounded in-memory cache of embeddings keyed by model id and a hash of the text, so repeated texts cost nothing. */
import { createHash } from 'node:crypto';

export interface EmbeddingCache {
  get(modelId: string, text: string): Float32Array | undefined;
  set(modelId: string, text: string, vector: Float32Array): void;
  readonly size: number;
}

/** Hex SHA-256 of a text; also what the embedding store records as a vector's text hash. */
export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Least recently used entries go first once `maxEntries` is reached. */
export function createEmbeddingCache(maxEntries = 10_000): EmbeddingCache {
  const entries = new Map<string, Float32Array>();
  // The model id is part of the key: two models never share a vector, even for the same text.
  const keyOf = (modelId: string, text: string) => `${modelId}\u0000${textHash(text)}`;
  return {
    get(modelId, text) {
      const key = keyOf(modelId, text);
      const vector = entries.get(key);
      if (vector) {
        entries.delete(key);
        entries.set(key, vector);
      }
      return vector;
    },
    set(modelId, text, vector) {
      if (maxEntries <= 0) return;
      const key = keyOf(modelId, text);
      entries.delete(key);
      entries.set(key, vector);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    },
    get size() {
      return entries.size;
    },
  };
}
