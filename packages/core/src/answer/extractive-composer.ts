/**
 * The embedded default answerer when no LLM is configured. It answers from the best section as a unit: the passage
 * of that section a learned selector judges the answer (procedures whole and in order, table rows with their
 * headers), shown the way the source shows it, with one citation per paragraph or list. A second source comes in only
 * when the question has a part the first does not cover, introduced by its own heading. Weak evidence gives an honest
 * "I don't know" with a human offered, never a guess.
 */
import type { Citation } from '@switchboard/spec';
import type { RetrievedChunk } from '../ranking/retrieved-chunk.js';
import { analyze } from '../text/analyze.js';
import type { EvidenceUnit } from './evidence-units.js';
import { focusTableRows } from './focus-table-rows.js';
import { renderGroundedUnits, type GroundedUnit } from './render-grounded.js';
import { linearScore, type LinearModel } from './linear-model.js';
import type { AnswerModels } from './answer-models.js';
import { answerability, answerabilityFeatures, hasDenseSignal } from './answerability.js';
import type { SectionContext } from './passage-features.js';
import { sectionPassages, weightedQuery, type ScoredPassage, type WeightedQuery } from './section-passages.js';

export interface ComposerOptions {
  readonly minConfidence: number;
  /** Kept for configuration compatibility; the passage selector decides an answer's length. */
  readonly maxSentences: number;
  readonly maxChunks: number;
  readonly handoffQueue: string;
  readonly handoffHours: string;
  /** The passage selector and answerability weights (the app passes @switchboard/models' shippedAnswerModels). */
  readonly models: AnswerModels;
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

/** How close behind the best section one must rank to answer instead of it because it has the asked-for shape. */
const shapeScoreRatio = 0.6;

/** A second source must add at least this share of the question's weight that the first left uncovered. */
const secondPartGain = 0.25;

export function composeExtractiveAnswer(
  question: string,
  hits: readonly RetrievedChunk[],
  weight: TermWeight,
  options: ComposerOptions,
): ComposedAnswer {
  const plan = planAnswer(question, hits, weight, options);
  if (!plan) return decline(0, options);
  if (plan.confidence < options.minConfidence) return decline(plan.confidence, options);
  return render(plan.parts, plan.confidence);
}

export interface AnswerPlan {
  /** The best section's passage, then a second source's for a two-part question. */
  readonly parts: readonly Part[];
  /** Features of the first part for the answerability model. */
  readonly answerability: readonly number[];
  /** The answerability those features score (0.5 = the tuned operating point). */
  readonly confidence: number;
}

/** What the composer would say before deciding whether to say it (the answerability trainer reads the features). */
export function planAnswer(
  question: string,
  hits: readonly RetrievedChunk[],
  weight: TermWeight,
  { maxChunks, models }: Pick<ComposerOptions, 'maxChunks' | 'models'>,
): AnswerPlan | null {
  const query = weightedQuery(question, weight);
  const selector = models.passageSelector;
  const top = hits.slice(0, maxChunks);
  const best = top[0];
  if (!best) return null;
  const top1 = bestPassage(selector, question, query, best, best.score);
  if (!top1) return null;
  const first = answerShapeInstead(selector, question, query, top1, top.slice(1), best.score) ?? top1;
  const parts: Part[] = [first];
  // Only a question that asks two things ("cancel and get a refund") is answered from two sources.
  const second = first.context.question.compound ? secondPart(selector, question, query, first, hits.slice(1), best.score) : null;
  if (second) parts.push(second);
  // A passage chosen over the best section for its shape answers the same question: whichever of the two reads as more
  // answerable speaks for the answer.
  const dense = hasDenseSignal(top);
  const scored = (first === top1 ? [top1] : [top1, first]).map((part) => {
    const features = answerabilityFeatures({ hits: top, context: part.context, passageCoverage: part.passage.features[0]! });
    return { features, confidence: answerability(features, dense, models.answerability) };
  });
  const chosen = scored.reduce((a, b) => (b.confidence > a.confidence ? b : a));
  return { parts, answerability: chosen.features, confidence: chosen.confidence };
}

/**
 * The answer has the shape the question asks for: "How do I …" is answered by numbered steps, "How long / much / many
 * …" by a figure. When the best section's passage lacks that shape and a section ranked close behind it (its score at
 * least `shapeScoreRatio` of the best) has it, that section answers instead: an overview that names a feature is not
 * how to use it, and an article's introduction is not its retention period.
 */
function answerShapeInstead(
  selector: LinearModel,
  question: string,
  query: WeightedQuery,
  first: Part,
  others: readonly RetrievedChunk[],
  bestScore: number,
): Part | null {
  const asked = first.context.question;
  const figure = asked.quantity ? quantityFigure(question) : null;
  const shaped = asked.procedure
    ? hasSteps
    : figure
      ? (units: readonly EvidenceUnit[]) => units.some((unit) => figure.test(unit.text))
      : null;
  if (!shaped || shaped(first.passage.units)) return null;
  for (const hit of others) {
    if (hit.score < bestScore * shapeScoreRatio) break;
    const part = bestPassage(selector, question, query, hit, bestScore, (passage) => shaped(passage.units));
    if (part) return part;
  }
  return null;
}

function hasSteps(units: readonly EvidenceUnit[]): boolean {
  return units.some((unit) => unit.kind === 'step');
}

const duration =
  /\b\d+(?:[.,]\d+)?(?:\s*(?:–|-|to)\s*\d+)?\s*(?:business\s+|calendar\s+|working\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b/i;
const amount = /[$€£¥]\s?\d|\b\d+(?:[.,]\d+)?\s*(?:%|percent|USD|EUR|GBP|per\b)/i;
const count = /(?<![\w.])\d+(?:[.,]\d+)*(?![\w.]*[A-Za-z])/;

/** The figure a quantity question asks for: a duration for "how long / often / soon", an amount or count otherwise. */
function quantityFigure(question: string): RegExp {
  if (/\bhow (?:long|often|soon)\b/i.test(question)) return duration;
  if (/\bhow much\b/i.test(question)) return new RegExp(`${amount.source}|${count.source}`, 'i');
  return count;
}

function bestPassage(
  selector: LinearModel,
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
    const score = linearScore(selector, passage.features);
    if (!chosen || score > chosen.score) chosen = { hit, context, passage, score };
  }
  return chosen;
}

/** The question's part the first passage leaves uncovered, answered from another document when one covers it. */
function secondPart(
  selector: LinearModel,
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
  const gains = (part: Part): boolean => {
    const adds = new Set(part.passage.units.flatMap((unit) => termsIn(query, unit.text)));
    return query.terms.reduce((sum, term, i) => sum + (adds.has(term) ? missing[i]! : 0), 0) / query.total >= secondPartGain;
  };
  // The second part has the asked-for shape too when a source offers it ("… and get a refund" → the refund steps).
  const shapes = first.context.question.procedure ? [(p: ScoredPassage) => hasSteps(p.units), () => true] : [() => true];
  for (const shape of shapes) {
    for (const hit of others) {
      if (hit.chunk.documentId === first.hit.chunk.documentId) continue;
      const part = bestPassage(selector, question, query, hit, bestScore, shape);
      if (part && gains(part)) return part;
    }
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
