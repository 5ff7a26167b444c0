import { describe, expect, it } from 'vitest';
import { makeChunk, makeDocument } from '@switchboard/testkit';
import type { RetrievedChunk } from '../retrieval/knowledge-index.js';
import { createBudgetedReranker } from './budgeted-reranker.js';

const hit = (id: string, score: number): RetrievedChunk => ({
  chunk: makeChunk(makeDocument({ id }), { id }),
  matchedChunkId: id,
  score,
  fieldScores: {},
});
const fused = [hit('a', 3), hit('b', 2), hit('c', 1)];
const reversing = { rerank: async (_query: string, candidates: readonly RetrievedChunk[]) => [...candidates].reverse() };

describe('createBudgetedReranker', () => {
  it('serves the reranked order when the reranker answers within the budget', async () => {
    const reranker = createBudgetedReranker(reversing, { budgetMs: 50, sleep: () => new Promise(() => {}) });
    expect((await reranker.rerank('q', fused)).map((h) => h.chunk.id)).toEqual(['c', 'b', 'a']);
  });

  it('serves the fused order once the budget runs out', async () => {
    const fallbacks: string[] = [];
    const slow = { rerank: () => new Promise<RetrievedChunk[]>(() => {}) };
    const reranker = createBudgetedReranker(slow, { budgetMs: 50, sleep: async () => {}, onFallback: (reason) => fallbacks.push(reason) });
    expect((await reranker.rerank('q', fused)).map((h) => h.chunk.id)).toEqual(['a', 'b', 'c']);
    expect(fallbacks).toEqual(['budget']);
  });

  it('serves the fused order when the reranker fails', async () => {
    const fallbacks: string[] = [];
    const failing = { rerank: async () => Promise.reject(new Error('model not loaded')) };
    const reranker = createBudgetedReranker(failing, {
      budgetMs: 50,
      sleep: () => new Promise(() => {}),
      onFallback: (reason) => fallbacks.push(reason),
    });
    expect((await reranker.rerank('q', fused)).map((h) => h.chunk.id)).toEqual(['a', 'b', 'c']);
    expect(fallbacks).toEqual(['error']);
  });
});
