/** Safety evaluation: runs the shipped filter over a labelled file and scores what it flags. */
import { partOfGroup, type EvaluationPart } from '@switchboard/core/evaluation';
import {
  createDefaultSafetyFilter,
  embedSentenceMeans,
  safetyRowGroup,
  scoreSafety,
  type SafetyMetrics,
  type WorkspaceSafetyModelData,
} from '@switchboard/core/safety';
import { shippedSafetyModels } from '@switchboard/models';
import type { Embedder } from '@switchboard/spec';
import { readSafetyRows } from './read-safety-rows.js';

export interface SafetyEvalResult {
  readonly rows: number;
  readonly metrics: SafetyMetrics;
  /** 'embedding' when the embedding model scored the rows, 'ngram' when n-grams alone did. */
  readonly model: 'embedding' | 'ngram';
  /** Which part of the file the figures are on (see tuneCheckSplit). */
  readonly part: EvaluationPart | 'all';
  /** Recall per `family` of unsafe rows, when the file labels families. */
  readonly perFamily: Readonly<Record<string, number | null>>;
}

export interface SafetyEvalOptions {
  /** The safety model's sentence embedder; null scores n-grams alone. */
  readonly embedder: Embedder | null;
  readonly onProgress?: (message: string) => void;
  /** Score only this part of the file (default all). */
  readonly part?: EvaluationPart | 'all';
  /** The workspace's `train safety` corrections, applied on top of the shipped models. */
  readonly workspaceModel?: WorkspaceSafetyModelData | null;
}

/** A row counts as flagged when the filter's action is anything but `continue`. */
export async function runSafetyEval(file: string, options: SafetyEvalOptions): Promise<SafetyEvalResult> {
  const part = options.part ?? 'all';
  const rows = readSafetyRows(file).filter((row) => part === 'all' || partOfGroup(safetyRowGroup(row)) === part);
  const filter = createDefaultSafetyFilter({
    models: shippedSafetyModels,
    embeddingModel: options.embedder !== null,
    workspaceModel: options.workspaceModel ?? null,
  });
  let embeddings: (Float32Array | null)[] = [];
  if (options.embedder) {
    options.onProgress?.(`embedding the sentences of ${rows.length} rows with ${options.embedder.id}`);
    embeddings = await embedSentenceMeans(
      options.embedder,
      rows.map((row) => row.text),
    );
  }
  const judgements = rows.map((row, i) => ({
    label: row.label,
    category: row.category,
    flagged: filter.check(row.text, { embedding: embeddings[i] ?? null }).action !== 'continue',
  }));
  const perFamily = rows.some((row) => row.family)
    ? scoreSafety(judgements.map((judgement, i) => ({ ...judgement, category: rows[i]!.family ?? judgement.category }))).per_category
    : {};
  return { rows: rows.length, metrics: scoreSafety(judgements), model: options.embedder ? 'embedding' : 'ngram', part, perFamily };
}
