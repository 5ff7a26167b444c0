/**
 * Scores one answer against a hand-written case without an LLM: ROUGE-L against the reference plus rubric checks
 * (expected citation, complete ordered steps, no pointer-only sentences, no unrelated or stale source, answered).
 */
import { stemmer } from 'stemmer';
import { eng } from 'stopword';
import type { KnowledgeDocument } from '@switchboard/spec';
import { isCrossReferenceOnly } from '../answer/cross-reference-only.js';
import { staleMarker } from '../retrieval/stale-marker.js';
import { withoutCitationMarkers } from './answer-metrics.js';
import { rougeL, rougeTokens } from './rouge-l.js';

/** One evaluation case: the customer's turns (the last is the question) and what a good answer looks like. */
export interface AnswerCase {
  readonly id: string;
  readonly turns: readonly string[];
  readonly expect: {
    /** Document paths relative to the workspace; citing any one of them suffices. */
    readonly cites: readonly string[];
    /** Further documents the answer may cite without counting as unrelated. */
    readonly alsoOk?: readonly string[];
  };
  /** The answer a support lead would send, in the article's own words. */
  readonly reference: string;
}

/** A cited document; tags and type, when known, let a document that calls itself old count as stale. */
export type CitedDocument = Pick<KnowledgeDocument, 'path' | 'title'> &
  Partial<Pick<KnowledgeDocument, 'tags' | 'docType' | 'supersededBy'>>;

/** What the system answered to the last turn. */
export interface RubricAnswer {
  readonly text: string;
  readonly citations: readonly CitedDocument[];
  /** The bot said it does not know, offered or transferred to a person, or refused. */
  readonly declined: boolean;
}

export const rubricCheckNames = [
  'cites_expected',
  'steps_complete_in_order',
  'no_cross_reference_only',
  'no_unrelated_source',
  'no_stale_citation',
  'answered',
] as const;

export type RubricCheckName = (typeof rubricCheckNames)[number];

/** true: passed; false: failed; null: does not apply to this case. */
export type RubricChecks = Readonly<Record<RubricCheckName, boolean | null>>;

export interface AnswerRubricScore {
  readonly id: string;
  /** ROUGE-L F1 of the answer (citation markers removed) against the reference; a decline is scored as its text. */
  readonly rougeL: number;
  readonly checks: RubricChecks;
  /** The checks that failed, in rubric order. */
  readonly failed: readonly RubricCheckName[];
  /** Reference steps not found in order in the answer (empty when the reference has no steps). */
  readonly missingSteps: readonly string[];
}

export interface AnswerRubricSummary {
  readonly cases: number;
  readonly rouge_l: number;
  readonly answer_rate: number;
  /** Share of cases where no check failed. */
  readonly all_checks_passed: number;
  /** Pass rate of each check over the cases where it applies; null when it applies to none. */
  readonly pass_rate: Readonly<Record<RubricCheckName, number | null>>;
  /** Number of cases each check applies to. */
  readonly applicable: Readonly<Record<RubricCheckName, number>>;
}

/** Share of a step's content words one answer sentence (or run of sentences) must contain for the step to count as there. */
export const stepMatchThreshold = 0.7;

const numberedLine = /^\s*\d+[.)]\s+(.+)$/;
const listMarker = /^\s*(?:\d+[.)]|[-*•])\s+/;
// The rubric keeps its own sentence split and content words rather than the pipeline's (text/), so that a change to
// how the system splits or indexes text does not move the yardstick it is measured with.
const sentenceEnd = /(?<!\b(?:e\.g|i\.e|etc|vs))(?<=[.!?])["')\]]*\s+(?=["'([]?[\p{Lu}\p{N}])/u;
const stopWords = new Set<string>(eng);

/** The numbered steps of a text (lines starting `1.`, `2.` …), in order; empty when it has none. */
export function referenceSteps(reference: string): string[] {
  return reference
    .split('\n')
    .map((line) => numberedLine.exec(line)?.[1]?.trim())
    .filter((step): step is string => step !== undefined && step.length > 0);
}

/**
 * Scores one answer. The checks that judge what the answer says (cross-references, unrelated and stale sources) do
 * not apply to a declined answer, which says nothing to judge; a declined answer fails `cites_expected`, `answered`
 * and, when the reference has steps, `steps_complete_in_order`.
 */
export function answerRubric(testCase: AnswerCase, answer: RubricAnswer): AnswerRubricScore {
  const prose = withoutCitationMarkers(answer.text);
  const sentences = answerSentences(prose);
  const cited = answer.citations.map((citation) => normalizePath(citation.path));
  const expected = new Set(testCase.expect.cites.map(normalizePath));
  const allowed = new Set([...expected, ...(testCase.expect.alsoOk ?? []).map(normalizePath)]);
  const steps = referenceSteps(testCase.reference);
  const missingSteps = stepsMissingInOrder(steps, sentences);
  const judged = !answer.declined;
  const checks: RubricChecks = {
    cites_expected: cited.some((path) => expected.has(path)),
    steps_complete_in_order: steps.length === 0 ? null : missingSteps.length === 0,
    no_cross_reference_only: judged ? !sentences.some(isCrossReferenceOnly) : null,
    no_unrelated_source: judged ? cited.every((path) => allowed.has(path)) : null,
    no_stale_citation: judged ? answer.citations.every((document) => staleMarker(asDocument(document)) === null) : null,
    answered: !answer.declined,
  };
  return {
    id: testCase.id,
    rougeL: round(rougeL(prose, testCase.reference).f1),
    checks,
    failed: rubricCheckNames.filter((name) => checks[name] === false),
    missingSteps,
  };
}

export function summarizeAnswerRubric(scores: readonly AnswerRubricScore[]): AnswerRubricSummary {
  const passRate = {} as Record<RubricCheckName, number | null>;
  const applicable = {} as Record<RubricCheckName, number>;
  for (const name of rubricCheckNames) {
    const results = scores.map((score) => score.checks[name]).filter((result): result is boolean => result !== null);
    applicable[name] = results.length;
    passRate[name] = results.length === 0 ? null : round(results.filter(Boolean).length / results.length);
  }
  const share = (count: number) => (scores.length === 0 ? 0 : round(count / scores.length));
  return {
    cases: scores.length,
    rouge_l: round(scores.length === 0 ? 0 : scores.reduce((sum, score) => sum + score.rougeL, 0) / scores.length),
    answer_rate: share(scores.filter((score) => score.checks.answered).length),
    all_checks_passed: share(scores.filter((score) => score.failed.length === 0).length),
    pass_rate: passRate,
    applicable,
  };
}

/** Answer sentences, line by line, without list markers ("1.", "-") so that a numbered answer splits cleanly. */
function answerSentences(prose: string): string[] {
  return prose.split('\n').flatMap((line) => sentencesOf(line.replace(listMarker, '')));
}

function sentencesOf(text: string): string[] {
  return text
    .split(sentenceEnd)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

/** Stemmed words without stop words; numbers stay as written, so "14 days" needs the 14. */
function contentTerms(text: string): Set<string> {
  return new Set(
    rougeTokens(text)
      .filter((word) => !stopWords.has(word))
      .map((word) => (/^\p{N}+$/u.test(word) ? word : stemmer(word))),
  );
}

/**
 * Steps not found in order: each step must match at or after the sentence where the previous one matched. A step of
 * n sentences is looked for in n consecutive answer sentences, as a quoting answer keeps its sentences apart.
 */
function stepsMissingInOrder(steps: readonly string[], answer: readonly string[]): string[] {
  const sentenceTerms = answer.map(contentTerms);
  const missing: string[] = [];
  let position = 0;
  for (const step of steps) {
    const terms = contentTerms(step);
    const width = Math.max(1, sentencesOf(step).length);
    let found = -1;
    for (let start = position; start < sentenceTerms.length && found < 0; start += 1) {
      const window = sentenceTerms.slice(start, start + width);
      const covered = [...terms].filter((term) => window.some((sentence) => sentence.has(term))).length;
      if (terms.size === 0 || covered / terms.size >= stepMatchThreshold) found = start;
    }
    if (found < 0) missing.push(step);
    else position = found;
  }
  return missing;
}

function asDocument(document: CitedDocument): Pick<KnowledgeDocument, 'path' | 'title' | 'tags' | 'docType' | 'supersededBy'> {
  return {
    path: document.path,
    title: document.title,
    tags: document.tags ?? [],
    docType: document.docType ?? null,
    supersededBy: document.supersededBy ?? null,
  };
}

/** Paths compare with forward slashes and without a leading "./". */
function normalizePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
