/**
 * The learned models the extractive composer reads. Core ships no weights: the app hands them in (the trained ones
 * are `shippedAnswerModels` in @switchboard/models, written by scripts/answers/).
 */
import type { LinearModel } from './linear-model.js';

/** Answerability with dense retrieval signals (hybrid) and without (lexical only); each reads 0.5 at its operating point. */
export interface AnswerabilityModels {
  readonly dense: LinearModel;
  readonly lexical: LinearModel;
}

export interface AnswerModels {
  /** Scores each candidate passage of a section; the best one answers. */
  readonly passageSelector: LinearModel;
  /** Whether the chosen passage answers the question at all. */
  readonly answerability: AnswerabilityModels;
}
