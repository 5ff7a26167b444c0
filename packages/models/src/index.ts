/**
 * The trained weights Switchboard ships, as JSON data beside this file: the safety classifiers (written by
 * scripts/safety/train-safety-model.mjs) and the extractive composer's passage selector and answerability models
 * (scripts/answers/train-passage-selector.mjs, train-answerability.mjs). Core reads no files and ships no weights;
 * the apps hand these to it.
 */
import type { AnswerModels, LinearModel } from '@switchboard/core/answer';
import type { SafetyModelData, SafetyModelSet } from '@switchboard/core/safety';
import answerability from './answerability-models.json' with { type: 'json' };
import passageSelector from './passage-selector-model.json' with { type: 'json' };
import safetyEmbedding from './safety-embedding-model.json' with { type: 'json' };
import safetyNgram from './safety-ngram-model.json' with { type: 'json' };

// JSON imports type strings as `string`; core checks the format fields when it loads a model.
/** The safety filter's classifiers: over hashed n-grams, and over n-grams plus the sentence-mean USE-lite embedding. */
export const shippedSafetyModels: SafetyModelSet = {
  ngram: safetyNgram as SafetyModelData,
  embedding: safetyEmbedding as SafetyModelData,
};

/** The extractive composer's passage selector and answerability models (with and without dense retrieval signals). */
export const shippedAnswerModels: AnswerModels = {
  passageSelector: passageSelector satisfies LinearModel,
  answerability: answerability satisfies AnswerModels['answerability'],
};
