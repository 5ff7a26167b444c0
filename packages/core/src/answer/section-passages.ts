/**
 * Every passage a retrieved section could answer with, each with its selector features: the section is split into
 * units, cross-reference-only units are left out, and runs are scored on how they cover the question.
 */
import type { RetrievedChunk } from '../ranking/retrieved-chunk.js';
import { analyze } from '../text/analyze.js';
import { splitSentences } from '../text/split-sentences.js';
import { questionFramingTerms } from '../text/question-framing.js';
import { coversTerm } from '../text/term-equivalents.js';
import { isCrossReferenceOnly } from './cross-reference-only.js';
import { evidenceUnits, type EvidenceUnit } from './evidence-units.js';
import { candidateUnits, passageCandidates, type PassageCandidate } from './passage-candidates.js';
import { passageFeatures, type SectionContext } from './passage-features.js';
import { questionType } from './question-type.js';

export interface ScoredPassage {
  readonly candidate: PassageCandidate;
  readonly units: readonly EvidenceUnit[];
  readonly features: readonly number[];
}

export interface SectionPassages {
  readonly context: SectionContext;
  readonly passages: readonly ScoredPassage[];
}

/** Weighted query terms: `weight` is the index's idf, so rare words count for more. */
export interface WeightedQuery {
  readonly terms: readonly string[];
  readonly weights: readonly number[];
  readonly total: number;
}

export function weightedQuery(question: string, weight: (term: string) => number): WeightedQuery {
  const framing = questionFramingTerms(question);
  const terms = [...new Set(analyze(question))].filter((term) => !framing.has(term));
  const weights = terms.map(weight);
  return { terms, weights, total: weights.reduce((sum, w) => sum + w, 0) };
}

export function coverage(query: WeightedQuery, text: string): number {
  if (query.total === 0) return 0;
  const present = new Set(analyze(text));
  return query.terms.reduce((sum, term, i) => sum + (coversTerm(term, present) ? query.weights[i]! : 0), 0) / query.total;
}

// Flattened manuals run a sub-heading into its first sentence ("Removing an app Select an app to delete.", "IP auto
// setting failed Configure the settings …"): a capitalised opening, then within a few words a lower-case word followed
// by a capitalised sentence opener.
const gerundHeading = /^[A-Z][a-z]+ing\b/;
const runInHeading =
  /^[A-Z0-9][\w'/-]*(?:\s+[\w'/()-]+){0,6}?\s+[a-z][\w'/-]*\s+(?:The|A|An|You|Your|Select|Configure|Make|Check|If|To|When|This|Press|Go|Use|Set|Turn|Enter|Open|Allows|Adjusts|Sets|Displays|Automatically|It|After|Before|Only)\b/;
const subTopic = { test: (text: string): boolean => gerundHeading.test(text) || runInHeading.test(text) };

export function sectionPassages(question: string, query: WeightedQuery, hit: RetrievedChunk, bestScore: number): SectionPassages {
  const units = evidenceUnits(hit.chunk.text).flatMap((unit) => {
    // A pointer is dropped whole, or from the end of a step or item that says something first ("Choose a role: Admin,
    // Member, or Guest. See Roles and permissions.").
    const sentences = splitSentences(unit.text);
    const kept = sentences.filter((sentence) => !isCrossReferenceOnly(sentence));
    if (kept.length === 0) return [];
    return unit.kind === 'code' || kept.length === sentences.length ? [unit] : [{ ...unit, text: kept.join(' ') }];
  });
  const unitTerms = units.map((unit) => {
    const present = new Set(analyze(unit.text));
    return query.terms.flatMap((term, i) => (coversTerm(term, present) ? [i] : []));
  });
  const unitCoverage = unitTerms.map((indices) => share(query, indices));
  const context: SectionContext = {
    units,
    unitCoverage,
    unitWords: units.map((unit) => unit.text.split(/\s+/).length),
    subTopicStart: units.map((unit) => subTopic.test(unit.text)),
    titleCoverage: coverage(query, hit.chunk.breadcrumb),
    sectionCoverage: coverage(query, `${hit.chunk.document.title} ${hit.chunk.breadcrumb} ${hit.chunk.text}`),
    scoreRatio: bestScore > 0 ? hit.score / bestScore : 0,
    question: questionType(question),
  };
  const marks = new Uint8Array(query.terms.length);
  const coverageOf = (indices: readonly number[]): number => {
    marks.fill(0);
    for (const k of indices) for (const term of unitTerms[k]!) marks[term] = 1;
    let sum = 0;
    for (let t = 0; t < marks.length; t += 1) if (marks[t]) sum += query.weights[t]!;
    return query.total === 0 ? 0 : sum / query.total;
  };
  const passages =
    units.length === 0
      ? []
      : passageCandidates(units).map((candidate) => ({
          candidate,
          units: candidateUnits(units, candidate),
          features: passageFeatures(context, candidate, coverageOf),
        }));
  return { context, passages };
}

function share(query: WeightedQuery, indices: readonly number[]): number {
  if (query.total === 0) return 0;
  return indices.reduce((sum, i) => sum + query.weights[i]!, 0) / query.total;
}
