/**
 * Runs a slow reranker (a cross-encoder, an LLM judge) under a latency budget: past the budget, or on failure,
 * the fused order is served unchanged. The wait is an injected function so core keeps no timers of its own.
 */
import type { Reranker } from '../retrieval/hybrid-retriever.js';
import type { RetrievedChunk } from '../retrieval/knowledge-index.js';

export interface RerankBudget {
  readonly budgetMs: number;
  /** Resolves after `ms` milliseconds (setTimeout in apps, a fake clock in tests). */
  readonly sleep: (ms: number) => Promise<void>;
  /** Told when the budget ran out or the reranker failed, for metrics and traces. */
  readonly onFallback?: (reason: 'budget' | 'error') => void;
}

export function createBudgetedReranker(inner: Reranker, budget: RerankBudget): Reranker {
  return {
    async rerank(query: string, candidates: readonly RetrievedChunk[]): Promise<RetrievedChunk[]> {
      const timeout = budget.sleep(budget.budgetMs).then(() => 'budget' as const);
      const reranked = inner.rerank(query, candidates).catch(() => 'error' as const);
      const winner = await Promise.race([reranked, timeout]);
      if (winner === 'budget' || winner === 'error') {
        budget.onFallback?.(winner);
        return [...candidates];
      }
      return winner;
    },
  };
}
