/** The seam for reordering retrieval candidates. */
import type { RetrievedChunk } from './retrieved-chunk.js';

/** Reorders candidates; implemented by the learned reranker or a cross-encoder. */
export interface Reranker {
  rerank(query: string, candidates: readonly RetrievedChunk[]): Promise<RetrievedChunk[]>;
}
