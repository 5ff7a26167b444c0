/** `switchboard train ranker`: learns the reranker from judged questions over a workspace's knowledge and writes it. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SwitchboardConfig } from '@switchboard/config';
import { averageMetrics, scoreRanking } from '@switchboard/core/evaluation';
import { SwitchboardError, type ChunkWithDocument, type KnowledgeDocument } from '@switchboard/spec';
import { buildRetriever } from '../build-retriever.js';
import { trainRankerModel } from '../train-ranker.js';
import { readResolvedQuestions } from './read-resolved-questions.js';
import { addHistory, historyFile, rankerFile } from './workspace-learning.js';

export interface TrainWorkspaceRankerOptions {
  readonly config: SwitchboardConfig;
  readonly workspaceDir: string;
  readonly documents: readonly KnowledgeDocument[];
  readonly chunks: readonly ChunkWithDocument[];
  /** JSON lines {"question", "path"|"url"|"documentId"}: the article that answers each question. */
  readonly golden: string;
  /** Default: <workspace>/data/models/ranker.json. */
  readonly out?: string;
  readonly quiet?: boolean;
}

/** What `train ranker --json` prints, keys in print order. */
export interface RankerTrainingSummary {
  readonly out: string;
  readonly questions: number;
  readonly 'ndcg@10_before': number;
  readonly weights: Record<string, number | undefined>;
}

export async function trainWorkspaceRanker(options: TrainWorkspaceRankerOptions): Promise<RankerTrainingSummary> {
  const golden = readResolvedQuestions(options.golden, options.documents);
  if (golden.length < 2)
    throw new SwitchboardError('DATASET_INVALID', `${options.golden}: at least two judged questions are needed to train a ranker`);
  const retriever = await buildRetriever(options.config, options.chunks, { now: Date.now(), quiet: options.quiet });
  await addHistory(retriever, readResolvedQuestions(historyFile(options.workspaceDir), options.documents, { optional: true }));
  const judged = golden.map((row, i) => ({
    query: { id: `g${i}`, text: row.question, metadata: {} },
    judgements: new Map([[row.documentId, 1]]),
  }));
  const rank = async (query: { id: string; text: string; metadata: Record<string, unknown> }) => ({
    hits: await retriever.retrieve({ query: query.text, limit: 50, unit: 'document' }),
    rewritten: null,
  });
  const before = averageMetrics(
    await Promise.all(
      judged.map(async (entry) =>
        scoreRanking(
          (await rank(entry.query)).hits.map((h) => h.chunk.documentId),
          entry.judgements,
        ),
      ),
    ),
  );
  const model = await trainRankerModel(retriever, judged, rank);
  const out = options.out ?? rankerFile(options.workspaceDir);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(model, null, 2)}\n`);
  return {
    out,
    questions: judged.length,
    'ndcg@10_before': before['ndcg@10'],
    weights: Object.fromEntries(model.featureNames.map((name, i) => [name, model.weights[i]])),
  };
}
