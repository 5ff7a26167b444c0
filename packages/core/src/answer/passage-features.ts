/**
 * Features of a candidate passage for the learned passage selector and the answerability model. Lexical only and
 * cheap (a section has at most a few thousand candidates): how much of the question each part covers, where the run
 * sits against the unit that matches best, how long it is, whether it follows the section's own sub-topics, and the
 * question's type.
 */
import type { EvidenceUnit } from './evidence-units.js';
import type { PassageCandidate } from './passage-candidates.js';
import type { QuestionType } from './question-type.js';

/** Everything about a section that does not depend on the candidate, computed once. */
export interface SectionContext {
  readonly units: readonly EvidenceUnit[];
  /** Weighted share of the question's terms in each unit. */
  readonly unitCoverage: readonly number[];
  readonly unitWords: readonly number[];
  /** A unit opening with a capitalised -ing word ("Removing an app Select …") starts a sub-topic of a flattened manual. */
  readonly subTopicStart: readonly boolean[];
  readonly titleCoverage: number;
  readonly sectionCoverage: number;
  /** The section's retrieval score over the best section's. */
  readonly scoreRatio: number;
  readonly question: QuestionType;
}

/** A run's own coverage needs its terms: `coverageOf` is called with the candidate's unit indices. */
export type CoverageOf = (unitIndices: readonly number[]) => number;

export const passageFeatureNames = [
  'coverage',
  'first_unit_coverage',
  'first_unit_relative',
  'best_unit_relative',
  'unmatched_unit_share',
  'log_words',
  'log_words_squared',
  'unit_share',
  'starts_at_section_start',
  'ends_at_section_end',
  'score_ratio',
  'title_coverage',
  'section_coverage',
  'starts_at_best_unit',
  'contains_best_unit',
  'units_after_best_unit',
  'units_before_best_unit',
  'next_unit_relative',
  'previous_unit_relative',
  'log_first_unit_words',
  'last_unit_relative',
  'log_section_words',
  'prefix_one',
  'prefix_two',
  'starts_sub_topic',
  'ends_before_sub_topic',
  'sub_topics_inside',
  'crosses_sub_topic',
  'leading_unmatched_units',
  'trailing_unmatched_units',
  'procedure',
  'quantity',
  'reason',
  'fact',
  'yes_no',
  'compound',
  'procedure_log_words',
  'quantity_log_words',
  'reason_log_words',
  'fact_log_words',
  'yes_no_log_words',
  'compound_log_words',
] as const;

export function passageFeatures(section: SectionContext, candidate: PassageCandidate, coverageOf: CoverageOf): number[] {
  const { unitCoverage, unitWords, subTopicStart, question } = section;
  const { prefix, start, end } = candidate;
  const indices: number[] = [];
  for (let k = 0; k < prefix; k += 1) indices.push(k);
  for (let k = start; k < end; k += 1) indices.push(k);
  const sectionBest = Math.max(1e-6, ...unitCoverage);
  const anchor = unitCoverage.indexOf(Math.max(...unitCoverage));
  let words = 0;
  let unmatched = 0;
  let best = 0;
  for (const k of indices) {
    words += unitWords[k]!;
    if (unitCoverage[k] === 0) unmatched += 1;
    best = Math.max(best, unitCoverage[k]!);
  }
  const sectionWords = unitWords.reduce((sum, n) => sum + n, 0);
  let subTopicsInside = 0;
  for (let k = start + 1; k < end; k += 1) if (subTopicStart[k]) subTopicsInside += 1;
  const logWords = Math.log1p(words);
  const types = [question.procedure, question.quantity, question.reason, question.fact, question.yesNo, question.compound].map(Number);
  return [
    coverageOf(indices),
    unitCoverage[start]!,
    unitCoverage[start]! / sectionBest,
    best / sectionBest,
    unmatched / indices.length,
    logWords,
    logWords * logWords,
    (end - start) / unitCoverage.length,
    Number(start === 0),
    Number(end === unitCoverage.length),
    section.scoreRatio,
    section.titleCoverage,
    section.sectionCoverage,
    Number(start === anchor),
    Number(start <= anchor && anchor < end),
    start > anchor ? start - anchor : 0,
    start < anchor ? anchor - start : 0,
    end < unitCoverage.length ? unitCoverage[end]! / sectionBest : 0,
    start > 0 ? unitCoverage[start - 1]! / sectionBest : 0,
    Math.log1p(unitWords[start]!),
    unitCoverage[end - 1]! / sectionBest,
    Math.log1p(sectionWords),
    Number(prefix === 1),
    Number(prefix === 2),
    Number(subTopicStart[start]!),
    end < unitCoverage.length ? Number(subTopicStart[end]!) : 1,
    subTopicsInside,
    Number(subTopicsInside > 0),
    leadingUnmatched(unitCoverage, start, end),
    trailingUnmatched(unitCoverage, start, end),
    ...types,
    ...types.map((flag) => flag * logWords),
  ];
}

function leadingUnmatched(unitCoverage: readonly number[], start: number, end: number): number {
  let k = start;
  while (k < end && unitCoverage[k] === 0) k += 1;
  return k - start;
}

function trailingUnmatched(unitCoverage: readonly number[], start: number, end: number): number {
  let k = end - 1;
  while (k >= start && unitCoverage[k] === 0) k -= 1;
  return end - 1 - k;
}
