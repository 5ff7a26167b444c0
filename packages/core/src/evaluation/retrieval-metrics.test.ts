import { describe, expect, it } from 'vitest';
import { averageMetrics, scoreRanking } from './retrieval-metrics.js';

describe('scoreRanking', () => {
  it('computes nDCG@10, MAP, MRR, recall and P@1 as trec_eval does', () => {
    const judgements = new Map([
      ['d1', 1],
      ['d3', 1],
      ['d9', 1],
    ]);
    const metrics = scoreRanking(['d2', 'd1', 'd4', 'd3'], judgements);
    const dcg = 1 / Math.log2(3) + 1 / Math.log2(5);
    const idcg = 1 + 1 / Math.log2(3) + 1 / Math.log2(4);
    expect(metrics['ndcg@10']).toBeCloseTo(dcg / idcg, 12);
    expect(metrics.map).toBeCloseTo((1 / 2 + 2 / 4) / 3, 12);
    expect(metrics['mrr@10']).toBe(0.5);
    expect(metrics['recall@1']).toBe(0);
    expect(metrics['recall@5']).toBeCloseTo(2 / 3, 12);
    expect(metrics['p@1']).toBe(0);
  });

  it('uses graded relevance as linear gain', () => {
    const metrics = scoreRanking(
      ['b', 'a'],
      new Map([
        ['a', 2],
        ['b', 1],
      ]),
    );
    expect(metrics['ndcg@10']).toBeCloseTo((1 + 2 / Math.log2(3)) / (2 + 1 / Math.log2(3)), 12);
  });

  it('averages per-query metrics', () => {
    const perfect = scoreRanking(['a'], new Map([['a', 1]]));
    const miss = scoreRanking(['b'], new Map([['a', 1]]));
    expect(averageMetrics([perfect, miss])['ndcg@10']).toBe(0.5);
  });
});
