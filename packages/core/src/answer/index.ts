/** Extractive answers: the composer, its passage selector and answerability model, and the Markdown and plain-text renderers. */
export { composeExtractiveAnswer, type ComposerOptions, type ComposedAnswer, type ChosenSentence } from './extractive-composer.js';
export { renderPlainText, sourcesFooter } from './render-plain-text.js';
export { evidenceUnits, type EvidenceUnit, type EvidenceUnitKind } from './evidence-units.js';
export { questionType, type QuestionType } from './question-type.js';
export { passageCandidates, candidateUnits, type PassageCandidate } from './passage-candidates.js';
export { passageFeatureNames } from './passage-features.js';
export { sectionPassages, weightedQuery, coverage, type ScoredPassage, type WeightedQuery } from './section-passages.js';
export { linearScore, checkLinearModel, type LinearModel } from './linear-model.js';
export type { AnswerModels, AnswerabilityModels } from './answer-models.js';
export { answerability, answerabilityFeatures, answerabilityFeatureNames, hasDenseSignal } from './answerability.js';
export { planAnswer, type AnswerPlan } from './extractive-composer.js';
