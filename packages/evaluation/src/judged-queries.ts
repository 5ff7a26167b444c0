/** Joins queries with their judgements, and splits them into folds for cross-validation. */
import { readBeirQrels, type BeirQuery } from '@switchboard/ingest';

export interface JudgedQuery {
  readonly query: BeirQuery;
  readonly judgements: Map<string, number>;
}

/** Queries of a split that have judgements; queries without them are counted as skipped. */
export function judgedQueries(
  dir: string,
  split: string,
  queries: ReadonlyMap<string, BeirQuery>,
): { judged: JudgedQuery[]; skipped: number } {
  const judged: JudgedQuery[] = [];
  let skipped = 0;
  for (const [queryId, judgements] of readBeirQrels(dir, split)) {
    const query = queries.get(queryId);
    if (query) judged.push({ query, judgements });
    else skipped += 1;
  }
  return { judged, skipped };
}

/**
 * K folds; queries sharing a group value (e.g. metadata.thread_id) stay in one fold so paraphrases of one
 * question never leak between learning and scoring. Deterministic: groups are dealt round-robin in id order.
 */
export function foldsOf(queries: readonly JudgedQuery[], k: number, groupBy: string | null): JudgedQuery[][] {
  const groupOf = (entry: JudgedQuery): string => {
    const value = groupBy ? entry.query.metadata[groupBy] : undefined;
    return typeof value === 'string' || typeof value === 'number' ? `g:${value}` : `q:${entry.query.id}`;
  };
  const groups = new Map<string, JudgedQuery[]>();
  for (const entry of queries) groups.set(groupOf(entry), [...(groups.get(groupOf(entry)) ?? []), entry]);
  const folds: JudgedQuery[][] = Array.from({ length: k }, () => []);
  [...groups.keys()].sort().forEach((key, i) => folds[i % k]!.push(...groups.get(key)!));
  return folds;
}

/** (question, relevant document) pairs a system may learn from. */
export function resolvedQuestions(queries: readonly JudgedQuery[]): { question: string; documentId: string }[] {
  return queries.flatMap((entry) =>
    [...entry.judgements].filter(([, grade]) => grade > 0).map(([documentId]) => ({ question: entry.query.text, documentId })),
  );
}
