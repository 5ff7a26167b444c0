/** Trains the learned reranker from judged queries: features of each query's candidates, pairwise loss. */
import { seededRandom } from '@switchboard/core/intent';
import {
  createLearnedReranker,
  rerankFeatureNames,
  rerankFeatures,
  trainLinearRanker,
  type LinearRankerModel,
  type Reranker,
  type TrainingList,
} from '@switchboard/core/ranking';
import { type HybridRetriever } from '@switchboard/core/retrieval';
import type { BeirQuery } from '@switchboard/ingest';
import type { JudgedQuery } from './judged-queries.js';
import type { RankedQuery } from './rank-query.js';

export async function trainRankerModel(
  retriever: HybridRetriever,
  queries: readonly JudgedQuery[],
  rank: (query: BeirQuery) => Promise<RankedQuery>,
): Promise<LinearRankerModel> {
  const lists: TrainingList[] = [];
  const popularity = (documentId: string): number => retriever.history?.resolvedCount(documentId) ?? 0;
  for (const { query, judgements } of queries) {
    const { hits, rewritten } = await rank(query);
    if (hits.length === 0) continue;
    lists.push({
      features: rerankFeatures(rewritten?.query ?? query.text, hits, { popularity }),
      grades: hits.map((hit) => judgements.get(hit.chunk.documentId) ?? 0),
    });
  }
  return trainLinearRanker(rerankFeatureNames, lists, { random: seededRandom(7) });
}

export async function trainRanker(
  retriever: HybridRetriever,
  queries: readonly JudgedQuery[],
  rank: (query: BeirQuery) => Promise<RankedQuery>,
): Promise<Reranker> {
  const model = await trainRankerModel(retriever, queries, rank);
  return createLearnedReranker(model, { popularity: (documentId) => retriever.history?.resolvedCount(documentId) ?? 0 });
}
