/** Ranking metrics as trec_eval and BEIR compute them: nDCG@10 (linear gain), MAP, MRR@10, recall@k, P@1. */

/** Relevance grades of one query's judged documents (grade > 0 is relevant). */
export type Judgements = ReadonlyMap<string, number>;

export interface RetrievalMetrics {
  readonly 'ndcg@10': number;
  readonly map: number;
  readonly 'mrr@10': number;
  readonly 'recall@1': number;
  readonly 'recall@5': number;
  readonly 'recall@10': number;
  readonly 'recall@100': number;
  readonly 'p@1': number;
}

export const metricNames = ['ndcg@10', 'map', 'mrr@10', 'recall@1', 'recall@5', 'recall@10', 'recall@100', 'p@1'] as const;

/** Scores one ranked list of document ids against its judgements. */
export function scoreRanking(ranked: readonly string[], judgements: Judgements): RetrievalMetrics {
  const relevantCount = [...judgements.values()].filter((grade) => grade > 0).length;
  const gradeOf = (id: string): number => judgements.get(id) ?? 0;
  let dcg = 0;
  let reciprocalRank = 0;
  let hits = 0;
  let precisionSum = 0;
  const recallAt = (k: number): number =>
    relevantCount === 0 ? 0 : ranked.slice(0, k).filter((id) => gradeOf(id) > 0).length / relevantCount;
  ranked.forEach((id, i) => {
    const grade = gradeOf(id);
    if (i < 10) dcg += grade / Math.log2(i + 2);
    if (grade > 0) {
      hits += 1;
      precisionSum += hits / (i + 1);
      if (reciprocalRank === 0 && i < 10) reciprocalRank = 1 / (i + 1);
    }
  });
  const ideal = [...judgements.values()]
    .filter((g) => g > 0)
    .sort((a, b) => b - a)
    .slice(0, 10);
  const idcg = ideal.reduce((sum, grade, i) => sum + grade / Math.log2(i + 2), 0);
  return {
    'ndcg@10': idcg === 0 ? 0 : dcg / idcg,
    map: relevantCount === 0 ? 0 : precisionSum / relevantCount,
    'mrr@10': reciprocalRank,
    'recall@1': recallAt(1),
    'recall@5': recallAt(5),
    'recall@10': recallAt(10),
    'recall@100': recallAt(100),
    'p@1': ranked.length > 0 && gradeOf(ranked[0]!) > 0 ? 1 : 0,
  };
}

/** The mean of each metric over queries. */
export function averageMetrics(perQuery: readonly RetrievalMetrics[]): RetrievalMetrics {
  const mean = (name: (typeof metricNames)[number]): number =>
    perQuery.length === 0 ? 0 : perQuery.reduce((sum, metrics) => sum + metrics[name], 0) / perQuery.length;
  return Object.fromEntries(metricNames.map((name) => [name, mean(name)])) as unknown as RetrievalMetrics;
}
