/**
 * Learning from history: past customer questions linked to the article that resolved them. Each question
 * becomes part of its article's "asked as" field (lexical) and a vector here, so a new question close to an
 * old one finds the article that answered it.
 */
import type { Embedder } from '@switchboard/spec';
import { VectorIndex } from '../vectors/vector-index.js';
import type { DenseIndex } from './dense-index.js';

export interface ResolvedQuestion {
  readonly question: string;
  readonly documentId: string;
}

export class HistoryIndex {
  private readonly vectors: VectorIndex;
  private readonly documentOf: string[] = [];
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly embedder: Embedder,
    private readonly dense: DenseIndex,
  ) {
    this.vectors = new VectorIndex(embedder.dimensions);
  }

  get size(): number {
    return this.documentOf.length;
  }

  async add(questions: readonly ResolvedQuestion[]): Promise<void> {
    for (let start = 0; start < questions.length; start += this.embedder.maxBatchSize) {
      const batch = questions.slice(start, start + this.embedder.maxBatchSize);
      const vectors = await this.embedder.embed(batch.map((entry) => entry.question));
      batch.forEach((entry, i) => {
        this.vectors.add(String(this.documentOf.length), this.dense.project(vectors[i]!));
        this.documentOf.push(entry.documentId);
        this.counts.set(entry.documentId, (this.counts.get(entry.documentId) ?? 0) + 1);
      });
    }
  }

  /** How many past questions an article resolved: a popularity signal. */
  resolvedCount(documentId: string): number {
    return this.counts.get(documentId) ?? 0;
  }

  /** Documents ranked by their most similar past question. */
  similarQuestions(
    projectedQuery: Float32Array,
    limit: number,
    accept?: (documentId: string) => boolean,
  ): { documentId: string; score: number }[] {
    const best = new Map<string, number>();
    for (const hit of this.vectors.nearest(projectedQuery, limit * 4)) {
      const documentId = this.documentOf[Number(hit.id)]!;
      if (accept && !accept(documentId)) continue;
      if (!best.has(documentId)) best.set(documentId, hit.score);
    }
    return [...best.entries()].map(([documentId, score]) => ({ documentId, score })).slice(0, limit);
  }
}
