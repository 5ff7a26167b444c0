/** Builds the hybrid retriever (BM25F index + dense index) for a set of chunks under a config. */
import { DenseIndex, embeddingText, HybridRetriever, KnowledgeIndex } from '@switchboard/core';
import type { SwitchboardConfig } from '@switchboard/config';
import type { ChunkWithDocument } from '@switchboard/spec';
import { resolveEmbedder } from './embedders.js';

export interface RetrieverOverrides {
  readonly mode?: 'lexical' | 'dense' | 'hybrid';
  readonly now?: number;
  readonly quiet?: boolean;
}

export async function buildRetriever(
  config: SwitchboardConfig,
  chunks: readonly ChunkWithDocument[],
  overrides: RetrieverOverrides = {},
): Promise<HybridRetriever> {
  const { retrieval } = config;
  const lexical = new KnowledgeIndex({ k1: retrieval.k1, b: retrieval.b, fieldWeights: retrieval.fieldWeights });
  lexical.addChunks(chunks);
  const mode = overrides.mode ?? retrieval.mode;
  const embedder = mode === 'lexical' ? null : resolveEmbedder(retrieval.embedder, { quiet: overrides.quiet });
  let dense: DenseIndex | null = null;
  if (embedder) {
    dense = new DenseIndex(embedder);
    const entries: { id: string; vector: Float32Array }[] = [];
    for (let start = 0; start < chunks.length; start += embedder.maxBatchSize) {
      const batch = chunks.slice(start, start + embedder.maxBatchSize);
      const vectors = await embedder.embed(batch.map(embeddingText));
      batch.forEach((chunk, i) => entries.push({ id: chunk.id, vector: vectors[i]! }));
    }
    dense.build(entries);
  }
  return new HybridRetriever(lexical, dense, {
    mode,
    fusion: retrieval.fusion,
    denseWeight: retrieval.denseWeight,
    exactMatchDenseFactor: 0.3,
    candidates: retrieval.candidates,
    freshness: overrides.now === undefined ? undefined : { ...retrieval.freshness, now: overrides.now },
  });
}
