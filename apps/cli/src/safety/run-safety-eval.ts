/** Safety evaluation: runs the shipped filter over a labelled file and scores what it flags. */
import { createDefaultSafetyFilter, embedSentenceMeans, scoreSafety, type SafetyMetrics } from '@switchboard/core';
import type { Embedder } from '@switchboard/spec';
import { readSafetyRows } from './read-safety-rows.js';

export interface SafetyEvalResult {
  readonly rows: number;
  readonly metrics: SafetyMetrics;
  /** 'embedding' when the embedding model scored the rows, 'ngram' when n-grams alone did. */
  readonly model: 'embedding' | 'ngram';
}

export interface SafetyEvalOptions {
  /** The safety model's sentence embedder; null scores n-grams alone. */
  readonly embedder: Embedder | null;
  readonly onProgress?: (message: string) => void;
}

/** A row counts as flagged when the filter's action is anything but `continue`. */
export async function runSafetyEval(file: string, options: SafetyEvalOptions): Promise<SafetyEvalResult> {
  const rows = readSafetyRows(file);
  const filter = createDefaultSafetyFilter({ embeddingModel: options.embedder !== null });
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
  return { rows: rows.length, metrics: scoreSafety(judgements), model: options.embedder ? 'embedding' : 'ngram' };
}
