/** Features of one (query, candidate) pair for the learned reranker. Each is scaled to roughly [0, 1]. */
import type { RetrievedChunk } from './retrieved-chunk.js';
import { detectExactTerms } from '../text/exact-match.js';
import { analyze } from '../text/analyze.js';

export const rerankFeatureNames = [
  'lexical',
  'dense',
  'history',
  'fused',
  'title',
  'headings',
  'body',
  'tags',
  'askedAs',
  'termOverlap',
  'bigramOverlap',
  'exactMatch',
  'freshness',
  'popularity',
  'reciprocalRank',
] as const;

export interface FeatureContext {
  /** How many past questions each document resolved. */
  readonly popularity?: (documentId: string) => number;
  /** "Now" in milliseconds, for the age of documents. */
  readonly now?: number;
}

/** Feature rows for a ranked candidate list (order matters: rank is a feature). */
export function rerankFeatures(query: string, candidates: readonly RetrievedChunk[], context: FeatureContext = {}): Float64Array[] {
  const terms = [...new Set(analyze(query))];
  const bigrams = new Set(terms.slice(1).map((term, i) => `${terms[i]} ${term}`));
  const exact = detectExactTerms(query).map((term) => term.text.toLowerCase());
  const maxOf = (pick: (hit: RetrievedChunk) => number): number => Math.max(1e-9, ...candidates.map(pick));
  const maxLexical = maxOf((hit) => hit.signals?.['lexical'] ?? hit.score);
  const maxFused = maxOf((hit) => hit.signals?.['fused'] ?? hit.score);
  const maxField = (field: string): number => maxOf((hit) => hit.fieldScores[field] ?? 0);
  const fieldMax = {
    title: maxField('title'),
    headings: maxField('headings'),
    body: maxField('body'),
    tags: maxField('tags'),
    askedAs: maxField('askedAs'),
  };
  return candidates.map((hit, rank) => {
    const chunkTerms = analyze(`${hit.chunk.document.title} ${hit.chunk.breadcrumb} ${hit.chunk.text}`);
    const termSet = new Set(chunkTerms);
    const chunkBigrams = new Set(chunkTerms.slice(1).map((term, i) => `${chunkTerms[i]} ${term}`));
    const text = hit.chunk.text.toLowerCase();
    const updated = hit.chunk.document.updatedAt ? Date.parse(hit.chunk.document.updatedAt) : NaN;
    const ageYears = context.now !== undefined && !Number.isNaN(updated) ? Math.max(0, (context.now - updated) / 31_557_600_000) : 0;
    const field = (name: keyof typeof fieldMax): number => (hit.fieldScores[name] ?? 0) / fieldMax[name];
    return Float64Array.from([
      (hit.signals?.['lexical'] ?? hit.score) / maxLexical,
      hit.signals?.['dense'] ?? 0,
      hit.signals?.['history'] ?? 0,
      (hit.signals?.['fused'] ?? hit.score) / maxFused,
      field('title'),
      field('headings'),
      field('body'),
      field('tags'),
      field('askedAs'),
      terms.length === 0 ? 0 : terms.filter((term) => termSet.has(term)).length / terms.length,
      bigrams.size === 0 ? 0 : [...bigrams].filter((bigram) => chunkBigrams.has(bigram)).length / bigrams.size,
      exact.length === 0 ? 0 : exact.filter((term) => text.includes(term)).length / exact.length,
      1 / (1 + ageYears),
      Math.log1p(context.popularity?.(hit.chunk.documentId) ?? 0) / Math.log(100),
      1 / (1 + rank),
    ]);
  });
}
