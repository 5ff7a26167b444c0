/** Safety evaluation: runs the shipped filter over a labelled file and scores what it flags. */
import { createDefaultSafetyFilter, meanSentenceEmbedding, safetySentences, scoreSafety, type SafetyMetrics } from '@switchboard/core';
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

/** Every row's sentence-mean embedding, all sentences embedded in one batch (the embedder spreads it over cores). */
async function embedRows(embedder: Embedder, texts: readonly string[]): Promise<(Float32Array | null)[]> {
  const pieces = texts.map((text) => safetySentences(text));
  const vectors = await embedder.embed(pieces.flat());
  let next = 0;
  return pieces.map((list) => {
    const pooled = meanSentenceEmbedding(vectors.slice(next, next + list.length));
    next += list.length;
    return pooled;
  });
}

/** A row counts as flagged when the filter's action is anything but `continue`. */
export async function runSafetyEval(file: string, options: SafetyEvalOptions): Promise<SafetyEvalResult> {
  const rows = readSafetyRows(file);
  const filter = createDefaultSafetyFilter({ embeddingModel: options.embedder !== null });
  let embeddings: (Float32Array | null)[] = [];
  if (options.embedder) {
    options.onProgress?.(`embedding the sentences of ${rows.length} rows with ${options.embedder.id}`);
    embeddings = await embedRows(
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
