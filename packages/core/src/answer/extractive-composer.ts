/**
 * The embedded default answerer when no LLM is configured: quotes the sentences of the top chunks that
 * best cover the question, in source order, each with a citation. Weak evidence gives an honest
 * "I don't know" with a human offered, never a guess.
 */
import type { Citation } from '@switchboard/spec';
import type { RetrievedChunk } from '../retrieval/knowledge-index.js';
import { analyze } from '../text/analyze.js';
import { evidenceUnits } from './evidence-units.js';
import { isCrossReferenceOnly } from './cross-reference-only.js';

export interface ComposerOptions {
  readonly minConfidence: number;
  readonly maxSentences: number;
  readonly maxChunks: number;
  readonly handoffQueue: string;
  readonly handoffHours: string;
}

export interface ChosenSentence {
  readonly text: string;
  readonly citation: number;
  readonly chunkId: string;
  readonly score: number;
}

export interface ComposedAnswer {
  readonly text: string;
  readonly citations: Citation[];
  readonly confidence: number;
  readonly sentences: ChosenSentence[];
  /** True when the evidence was too weak and the answer declines. */
  readonly declined: boolean;
}

/** Weighs terms by rarity; supplied by the index so coverage reflects the corpus. */
export type TermWeight = (term: string) => number;

export function composeExtractiveAnswer(
  question: string,
  hits: readonly RetrievedChunk[],
  weight: TermWeight,
  options: ComposerOptions,
): ComposedAnswer {
  const queryTerms = [...new Set(analyze(question))];
  const totalWeight = queryTerms.reduce((sum, term) => sum + weight(term), 0);
  const coverage = (terms: ReadonlySet<string>): number =>
    totalWeight === 0 ? 0 : queryTerms.reduce((sum, term) => sum + (terms.has(term) ? weight(term) : 0), 0) / totalWeight;

  const top = hits.slice(0, options.maxChunks);
  const best = top[0];
  const confidence = best ? coverage(new Set(analyze(`${best.chunk.document.title} ${best.chunk.breadcrumb} ${best.chunk.text}`))) : 0;
  if (!best || confidence < options.minConfidence) return decline(confidence, options);

  const candidates = top.flatMap((hit, rank) =>
    // A sentence that only points to another article answers nothing on its own (the citation links the article).
    evidenceUnits(hit.chunk.text)
      .filter((unit) => !isCrossReferenceOnly(unit.text))
      .map((unit) => {
        const terms = new Set(analyze(unit.text));
        // Rank and retrieval score break ties between equally covering sentences.
        const score = coverage(terms) * (hit.score / best.score) ** 0.5 * (1 - rank * 0.05);
        return { hit, rank, unit, score, words: unit.text.split(/\s+/).length };
      }),
  );
  const bestScore = Math.max(0, ...candidates.map((c) => c.score));
  const chosen = candidates
    .filter((c) => c.score > 0 && c.score >= bestScore * 0.5 && c.words >= 3)
    .sort((a, b) => b.score - a.score)
    .slice(0, options.maxSentences)
    .sort((a, b) => a.rank - b.rank || a.unit.position - b.unit.position);
  if (chosen.length === 0) return decline(confidence, options);

  const citations: Citation[] = [];
  const citationOf = new Map<string, number>();
  const sentences: ChosenSentence[] = chosen.map((c) => {
    let index = citationOf.get(c.hit.chunk.id);
    if (index === undefined) {
      index = citations.length + 1;
      citationOf.set(c.hit.chunk.id, index);
      citations.push(toCitation(index, c.hit));
    }
    return { text: c.unit.text, citation: index, chunkId: c.hit.chunk.id, score: round(c.score) };
  });
  const text = sentences.map((s) => (s.text.startsWith('```') ? `${s.text}\n[${s.citation}]` : `${s.text} [${s.citation}]`)).join(' ');
  return { text, citations, confidence: round(confidence), sentences, declined: false };
}

function toCitation(index: number, hit: RetrievedChunk): Citation {
  const { chunk } = hit;
  return {
    index,
    chunkId: chunk.id,
    documentId: chunk.documentId,
    title: chunk.document.title,
    section: chunk.sectionPath.slice(1).join(' > '),
    path: chunk.document.path,
    url: chunk.document.url,
    page: chunk.page,
  };
}

function decline(confidence: number, options: ComposerOptions): ComposedAnswer {
  const text =
    `I'm sorry, I don't know the answer to that from our help center, and I don't want to guess. ` +
    `I can pass your question to a person on our ${options.handoffQueue} team (${options.handoffHours}).`;
  return { text, citations: [], confidence: round(confidence), sentences: [], declined: true };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
