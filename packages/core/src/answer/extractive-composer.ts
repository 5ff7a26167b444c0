/**
 * The embedded default answerer when no LLM is configured. It answers from the best section as a unit: the passage
 * of that section a learned selector judges the answer (procedures whole and in order, table rows with their
 * headers), shown the way the source shows it, with one citation per paragraph or list. A second source comes in only
 * when the question has a part the first does not cover, introduced by its own heading. Weak evidence gives an honest
 * "I don't know" with a human offered, never a guess.
 */
import type { Citation } from '@switchboard/spec';
import type { RetrievedChunk } from '../retrieval/knowledge-index.js';
import { analyze } from '../text/analyze.js';
import type { EvidenceUnit } from './evidence-units.js';
import { focusTableRows } from './focus-table-rows.js';
import { renderGroundedUnits, type GroundedUnit } from './render-grounded.js';
import { linearScore } from './linear-model.js';
import { answerability, answerabilityFeatures, hasDenseSignal } from './answerability.js';
import type { SectionContext } from './passage-features.js';
import { passageSelectorModel } from './passage-selector-weights.js';
import { sectionPassages, weightedQuery, type ScoredPassage, type WeightedQuery } from './section-passages.js';

export interface ComposerOptions {
  readonly minConfidence: number;
  /** Kept for configuration compatibility; the passage selector decides an answer's length. */
  readonly maxSentences: number;
  readonly maxChunks: number;
  readonly handoffQueue: string;
  readonly handoffHours: string;
}

export interface ChosenSentence extends GroundedUnit {
  readonly chunkId: string;
  readonly score: number;
}

export interface ComposedAnswer {
  /** Markdown: paragraphs, numbered steps, `[n]` markers at the end of each paragraph or list. */
  readonly text: string;
  readonly citations: Citation[];
  readonly confidence: number;
  readonly sentences: ChosenSentence[];
  /** True when the evidence was too weak and the answer declines. */
  readonly declined: boolean;
}

/** Weighs terms by rarity; supplied by the index so coverage reflects the corpus. */
export type TermWeight = (term: string) => number;

export interface Part {
  readonly hit: RetrievedChunk;
  readonly context: SectionContext;
  readonly passage: ScoredPassage;
  /** The passage selector's score. */
  readonly score: number;
}

/** How close behind the best section a procedure must rank to answer a "how do I" question instead of it. */
const procedureScoreRatio = 0.6;

/** A second source must add at least this share of the question's weight that the first left uncovered. */
const secondPartGain = 0.25;

export function composeExtractiveAnswer(
  question: string,
  hits: readonly RetrievedChunk[],
  weight: TermWeight,
  options: ComposerOptions,
): ComposedAnswer {
  const plan = planAnswer(question, hits, weight, options.maxChunks);
  if (!plan) return decline(0, options);
  const confidence = answerability(plan.answerability, hasDenseSignal(hits));
  if (confidence < options.minConfidence) return decline(confidence, options);
  return render(plan.parts, confidence);
}

export interface AnswerPlan {
  /** The best section's passage, then a second source's for a two-part question. */
  readonly parts: readonly Part[];
  /** Features of the first part for the answerability model. */
  readonly answerability: readonly number[];
}

/** What the composer would say before deciding whether to say it (the answerability trainer reads the features). */
export function planAnswer(question: string, hits: readonly RetrievedChunk[], weight: TermWeight, maxChunks: number): AnswerPlan | null {
  const query = weightedQuery(question, weight);
  const top = hits.slice(0, maxChunks);
  const best = top[0];
  if (!best) return null;
  const top1 = bestPassage(question, query, best, best.score);
  if (!top1) return null;
  const first = procedureInstead(question, query, top1, top.slice(1), best.score) ?? top1;
  const parts: Part[] = [first];
  // Only a question that asks two things ("cancel and get a refund") is answered from two sources.
  const second = first.context.question.compound ? secondPart(question, query, first, top.slice(1), best.score) : null;
  if (second) parts.push(second);
  // A procedure chosen over the best section answers the same question: whichever of the two reads as more
  // answerable speaks for the answer.
  const features = [top1, first]
    .map((part) => answerabilityFeatures({ hits: top, context: part.context, passageCoverage: part.passage.features[0]! }))
    .reduce((a, b) => (answerability(b, hasDenseSignal(top)) > answerability(a, hasDenseSignal(top)) ? b : a));
  return { parts, answerability: features };
}

/**
 * "How do I …" is answered by a procedure. When the best section holds no numbered steps, a section ranked close
 * behind it that does (its score at least `procedureScoreRatio` of the best) answers instead: an overview that names
 * the feature is not how to use it.
 */
function procedureInstead(
  question: string,
  query: WeightedQuery,
  first: Part,
  others: readonly RetrievedChunk[],
  bestScore: number,
): Part | null {
  if (!first.context.question.procedure || hasSteps(first.passage.units)) return null;
  for (const hit of others) {
    if (hit.score < bestScore * procedureScoreRatio) break;
    const part = bestPassage(question, query, hit, bestScore, (passage) => hasSteps(passage.units));
    if (part) return part;
  }
  return null;
}

function hasSteps(units: readonly EvidenceUnit[]): boolean {
  return units.some((unit) => unit.kind === 'step');
}

function bestPassage(
  question: string,
  query: WeightedQuery,
  hit: RetrievedChunk,
  bestScore: number,
  eligible: (passage: ScoredPassage) => boolean = () => true,
): Part | null {
  let chosen: Part | null = null;
  const { context, passages } = sectionPassages(question, query, hit, bestScore);
  for (const passage of passages) {
    if (!eligible(passage)) continue;
    const score = linearScore(passageSelectorModel, passage.features);
    if (!chosen || score > chosen.score) chosen = { hit, context, passage, score };
  }
  return chosen;
}

/** The question's part the first passage leaves uncovered, answered from another document when one covers it. */
function secondPart(
  question: string,
  query: WeightedQuery,
  first: Part,
  others: readonly RetrievedChunk[],
  bestScore: number,
): Part | null {
  const covered = new Set(first.passage.units.flatMap((unit) => termsIn(query, unit.text)));
  const missing = query.terms.map((term, i) => (covered.has(term) ? 0 : query.weights[i]!));
  const missingWeight = missing.reduce((sum, w) => sum + w, 0);
  if (query.total === 0 || missingWeight / query.total < secondPartGain) return null;
  for (const hit of others) {
    if (hit.chunk.documentId === first.hit.chunk.documentId) continue;
    const part = bestPassage(question, query, hit, bestScore);
    if (!part) continue;
    const adds = new Set(part.passage.units.flatMap((unit) => termsIn(query, unit.text)));
    const gained = query.terms.reduce((sum, term, i) => sum + (adds.has(term) ? missing[i]! : 0), 0);
    if (gained / query.total >= secondPartGain) return part;
  }
  return null;
}

function termsIn(query: WeightedQuery, text: string): string[] {
  const present = new Set(analyze(text));
  return query.terms.filter((term) => present.has(term));
}

function render(parts: readonly Part[], confidence: number): ComposedAnswer {
  const citations: Citation[] = [];
  const sentences: ChosenSentence[] = [];
  const sections = parts.map((part) => {
    const index = citations.length + 1;
    citations.push(toCitation(index, part.hit));
    const { units, unitCoverage } = part.context;
    const shown = focusTableRows(part.passage.units, (unit) => unitCoverage[units.indexOf(unit)] ?? 0).map((unit): ChosenSentence => ({
      text: unit.text,
      citation: index,
      kind: unit.kind,
      block: unit.block,
      ...(unit.number === undefined ? {} : { number: unit.number }),
      chunkId: part.hit.chunk.id,
      score: round(part.score),
    }));
    sentences.push(...shown);
    const body = renderGroundedUnits(shown);
    // Two sources answer two parts of the question: each is introduced by the section it comes from.
    return parts.length > 1 ? `**${heading(part.hit)}**\n\n${body}` : body;
  });
  return { text: sections.join('\n\n'), citations, confidence: round(confidence), sentences, declined: false };
}

function heading(hit: RetrievedChunk): string {
  return hit.chunk.sectionPath[hit.chunk.sectionPath.length - 1] ?? hit.chunk.document.title;
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
