/**
 * Retrieval evaluation on a BEIR-layout dataset: index the corpus in a temporary store, optionally learn from
 * another split (or from K−1 folds with --cv), rank each judged query and score it.
 */
import { writeFileSync } from 'node:fs';
import { averageMetrics, scoreRanking, type RetrievalMetrics } from '@switchboard/core/evaluation';
import { readBeirQueries } from '@switchboard/ingest';
import type { SwitchboardConfig } from '@switchboard/config';
import { SwitchboardError } from '@switchboard/spec';
import { loadBeirChunks } from './beir-chunks.js';
import { foldsOf, judgedQueries, type JudgedQuery } from './judged-queries.js';
import { rankQuery } from './rank-query.js';
import { ablationVariants, prepareVariant, type RetrievalVariant } from './retrieval-variant.js';

export interface RetrievalEvalOptions {
  readonly dir: string;
  readonly split: string;
  readonly config: SwitchboardConfig;
  readonly mode?: 'lexical' | 'dense' | 'hybrid';
  /** Query rewriting (conversation context, spelling); on unless false. */
  readonly rewrite?: boolean;
  /** A split whose judged queries the system learns from first (history, reranker). */
  readonly learnFrom?: string;
  /** K-fold cross-validation inside the split. */
  readonly cv?: number;
  /** Metadata field that keeps related queries in one fold; null for plain folds. */
  readonly cvGroupBy?: string | null;
  /** Writes each query's ranks as JSON lines. */
  readonly perQueryFile?: string;
  readonly onProgress?: (done: number, total: number, label: string) => void;
}

export interface RetrievalEvalResult extends RetrievalMetrics {
  readonly queries: number;
  readonly skipped: number;
  readonly documents: number;
  readonly chunks: number;
}

export interface AblationRow extends RetrievalMetrics {
  readonly variant: string;
  readonly queries: number;
}

export async function runRetrievalEval(options: RetrievalEvalOptions): Promise<RetrievalEvalResult> {
  const variant: RetrievalVariant = {
    name: 'configured',
    mode: options.mode ?? options.config.retrieval.mode,
    rewrite: options.rewrite !== false,
    history: true,
    rerank: true,
  };
  const { documents, chunks } = await loadBeirChunks(options.dir, options.config, options.onProgress);
  const { judged, skipped, learnFrom } = loadQueries(options);
  const perQuery = await scoreVariant(variant, options, chunks, judged, learnFrom);
  if (options.perQueryFile) writeFileSync(options.perQueryFile, perQuery.map((row) => JSON.stringify(row.detail)).join('\n') + '\n');
  return { ...averageMetrics(perQuery.map((row) => row.metrics)), queries: perQuery.length, skipped, documents, chunks: chunks.length };
}

export async function runRetrievalAblation(options: RetrievalEvalOptions): Promise<AblationRow[]> {
  const { chunks } = await loadBeirChunks(options.dir, options.config, options.onProgress);
  const { judged, learnFrom } = loadQueries(options);
  const learning = learnFrom.length > 0 || (options.cv ?? 0) > 1;
  const rows: AblationRow[] = [];
  for (const variant of ablationVariants) {
    if (!learning && (variant.history || variant.rerank)) continue;
    options.onProgress?.(rows.length, ablationVariants.length, variant.name);
    const perQuery = await scoreVariant(variant, options, chunks, judged, learnFrom);
    rows.push({ variant: variant.name, ...averageMetrics(perQuery.map((row) => row.metrics)), queries: perQuery.length });
  }
  return rows;
}

function loadQueries(options: RetrievalEvalOptions): { judged: JudgedQuery[]; skipped: number; learnFrom: JudgedQuery[] } {
  const queries = readBeirQueries(options.dir);
  const { judged, skipped } = judgedQueries(options.dir, options.split, queries);
  const learnFrom = options.learnFrom ? judgedQueries(options.dir, options.learnFrom, queries).judged : [];
  if (options.learnFrom && options.cv) throw new SwitchboardError('VALIDATION_FAILED', 'use either --learn-from or --cv, not both');
  return { judged, skipped, learnFrom };
}

interface ScoredQuery {
  readonly metrics: RetrievalMetrics;
  readonly detail: Record<string, unknown>;
}

async function scoreVariant(
  variant: RetrievalVariant,
  options: RetrievalEvalOptions,
  chunks: Parameters<typeof prepareVariant>[2],
  judged: readonly JudgedQuery[],
  learnFrom: readonly JudgedQuery[],
): Promise<ScoredQuery[]> {
  const k = options.cv ?? 0;
  const groupBy = options.cvGroupBy === undefined ? 'thread_id' : options.cvGroupBy;
  const rounds =
    k > 1
      ? foldsOf(judged, k, groupBy).map((fold, i, folds) => ({
          test: fold,
          learn: folds.filter((_, j) => j !== i).flat(),
        }))
      : [{ test: [...judged], learn: [...learnFrom] }];
  const scored: ScoredQuery[] = [];
  for (const round of rounds) {
    const { retriever, rewriting } = await prepareVariant(variant, options.config, chunks, round.learn, k > 1 ? groupBy : null);
    for (const { query, judgements } of round.test) {
      if (scored.length % 100 === 0) options.onProgress?.(scored.length, judged.length, `querying (${variant.name})`);
      const { hits, rewritten } = await rankQuery(retriever, rewriting, query, 100);
      const ranked = hits.map((hit) => hit.chunk.documentId);
      const metrics = scoreRanking(ranked, judgements);
      const relevantRanks = Object.fromEntries(
        [...judgements].filter(([, grade]) => grade > 0).map(([id]) => [id, ranked.indexOf(id) + 1 || null]),
      );
      scored.push({
        metrics,
        detail: {
          query_id: query.id,
          query: query.text,
          rewritten: rewritten?.query ?? null,
          entities: rewritten?.entities ?? [],
          relevant_ranks: relevantRanks,
          top10: ranked.slice(0, 10),
          'ndcg@10': metrics['ndcg@10'],
        },
      });
    }
  }
  options.onProgress?.(judged.length, judged.length, 'done');
  return scored;
}
