/** One configuration of the retrieval stack, as the ablation compares them, and how it learns. */
import type { HybridRetriever, RetrievalMode } from '@switchboard/core/retrieval';
import type { SwitchboardConfig } from '@switchboard/config';
import type { ChunkWithDocument } from '@switchboard/spec';
import { buildRetriever } from './build-retriever.js';
import { adaptDense } from './learning/adapt-dense.js';
import { addHistory } from './learning/workspace-learning.js';
import { foldsOf, resolvedQuestions, type JudgedQuery } from './judged-queries.js';
import { createQueryRewriting, rankQuery, type QueryRewriting } from './rank-query.js';
import { trainRanker } from './train-ranker.js';

export interface RetrievalVariant {
  readonly name: string;
  readonly mode: RetrievalMode;
  readonly rewrite: boolean;
  readonly history: boolean;
  readonly rerank: boolean;
  /** Fit the dense domain-adaptation map on the learning queries. */
  readonly adapt?: boolean;
}

export const ablationVariants: readonly RetrievalVariant[] = [
  { name: 'BM25F', mode: 'lexical', rewrite: false, history: false, rerank: false },
  { name: 'dense', mode: 'dense', rewrite: false, history: false, rerank: false },
  { name: 'hybrid', mode: 'hybrid', rewrite: false, history: false, rerank: false },
  { name: 'hybrid +rewrite', mode: 'hybrid', rewrite: true, history: false, rerank: false },
  { name: 'hybrid +rewrite +rerank', mode: 'hybrid', rewrite: true, history: false, rerank: true },
  { name: 'hybrid +rewrite +history', mode: 'hybrid', rewrite: true, history: true, rerank: false },
  { name: 'hybrid +rewrite +history +rerank', mode: 'hybrid', rewrite: true, history: true, rerank: true },
  { name: 'dense +adapt', mode: 'dense', rewrite: false, history: false, rerank: false, adapt: true },
  { name: 'hybrid +rewrite +adapt', mode: 'hybrid', rewrite: true, history: false, rerank: false, adapt: true },
];

export interface PreparedVariant {
  readonly retriever: HybridRetriever;
  readonly rewriting: QueryRewriting | null;
}

/**
 * Builds the retriever for a variant and lets it learn from judged queries. The reranker is trained on half
 * of them while the other half is the history, so the history features it learns from look like the ones it
 * will see at query time (a query never finds itself in history); then all of them become history.
 */
export async function prepareVariant(
  variant: RetrievalVariant,
  config: SwitchboardConfig,
  chunks: readonly ChunkWithDocument[],
  learnFrom: readonly JudgedQuery[],
  groupBy: string | null = null,
): Promise<PreparedVariant> {
  const retriever = await buildRetriever(config, chunks, { mode: variant.mode, quiet: true });
  const rewriting = variant.rewrite ? createQueryRewriting(retriever) : null;
  if (learnFrom.length === 0) return { retriever, rewriting };
  if (variant.adapt) await adaptDense(retriever, resolvedQuestions(learnFrom));
  const useHistory = variant.history;
  // The halves mirror how scored queries relate to the learning queries: grouped by paraphrase thread when the
  // evaluation is (new questions), plain otherwise (rewordings of past questions are history). A ranker trained in
  // the other regime learns the wrong trust in history features: 0.23-0.31 nDCG@10 instead of 0.90-0.95 on stackfaq.
  const [even, odd] = foldsOf(learnFrom, 2, groupBy);
  const half = useHistory && variant.rerank ? even! : useHistory ? learnFrom : [];
  await addHistory(retriever, resolvedQuestions(half));
  if (variant.rerank) {
    const trainOn = useHistory ? odd! : learnFrom;
    retriever.reranker = await trainRanker(retriever, trainOn, (query) => rankQuery(retriever, rewriting, query, 50, false));
    if (useHistory) await addHistory(retriever, resolvedQuestions(trainOn));
  }
  return { retriever, rewriting };
}
