/**
 * Whether the chosen passage answers the question: a logistic model over the question and the passage, not the share
 * of the question's words found in the top chunk. A paraphrase ("show up on my card" for "appear on your statement")
 * keeps its dense similarity and its rank margin when the words differ; a question the knowledge does not cover loses
 * both. The question's type is left out: the public sets it is trained on hardly ask "how long" or "how much", and a
 * weight learnt from a handful of such questions would decide every help center's. So is the question's length (the
 * sets' own questions are longer than the ones asked of them from other sets) and the retrieval margin and selector
 * score, whose ranges differ between a 5-article help center and a 10,000-document corpus: only coverage and
 * similarity, whose meaning does not depend on the knowledge base's size, decide. Trained by scripts/answers/train-answerability.mjs on dev questions with their gold passage retrieved
 * (answerable) and with it removed from the index (not answerable), tune parts only.
 */
import type { RetrievedChunk } from '../ranking/retrieved-chunk.js';
import type { AnswerabilityModels } from './answer-models.js';
import { linearScore, type LinearModel } from './linear-model.js';
import type { SectionContext } from './passage-features.js';

export const answerabilityFeatureNames = [
  'section_coverage',
  'title_coverage',
  'passage_coverage',
  'best_unit_coverage',
  'dense_similarity',
] as const;

export interface AnswerabilityInput {
  readonly hits: readonly RetrievedChunk[];
  readonly context: SectionContext;
  /** Weighted share of the question's terms in the chosen passage. */
  readonly passageCoverage: number;
}

export function answerabilityFeatures(input: AnswerabilityInput): number[] {
  const { hits, context } = input;
  const [first] = hits;
  return [
    context.sectionCoverage,
    context.titleCoverage,
    input.passageCoverage,
    Math.max(0, ...context.unitCoverage),
    first?.signals?.['dense'] ?? 0,
  ];
}

/** Whether the hits carry a dense-retrieval signal (hybrid or dense mode); lexical-only retrieval has its own model. */
export function hasDenseSignal(hits: readonly RetrievedChunk[]): boolean {
  return hits[0]?.signals !== undefined && 'dense' in hits[0].signals;
}

/**
 * Answerability on the scale the decline threshold reads: each model's bias is shifted by the trainer so that 0.5 is
 * its operating point (the threshold chosen on the tune part), whichever model scored.
 */
export function answerability(features: readonly number[], dense: boolean, models: AnswerabilityModels): number {
  const model: LinearModel = dense ? models.dense : models.lexical;
  return 1 / (1 + Math.exp(-linearScore(model, features)));
}
