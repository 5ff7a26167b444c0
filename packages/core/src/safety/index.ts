/** Safety: the safety filter, its rules and classifiers, templates, adapters and metrics. */
export {
  safetyCategories,
  defaultSafetyActions,
  defaultSafetyMessages,
  selfHarmResourcesMessage,
  isSafetyCategory,
  type SafetyCategory,
  type SafetyAction,
  type SafetyActionMap,
} from './safety-categories.js';
export { safetyFeatures, hashFeature, normalizeSafetyText, type SparseVector } from './safety-features.js';
export {
  loadSafetyModel,
  safetyModelFormat,
  type SafetyModel,
  type SafetyModelData,
  type SafetyPrediction,
  type SafetyDecisionRule,
} from './safety-model.js';
export {
  trainSafetyModel,
  toSafetyModel,
  serializeSafetyModel,
  type SafetyTrainingExample,
  type SafetyTrainingOptions,
  type TrainedSafetyModel,
} from './train-safety-model.js';
export {
  trainSafetyAdapter,
  applySafetyAdapter,
  safetyAdapterFormat,
  type SafetyAdapterData,
  type SafetyAdapterOptions,
} from './safety-adapter.js';
export {
  expandSafetyTemplates,
  checkSafetyTemplateDocument,
  type SafetyTemplate,
  type SafetyTemplateDocument,
  type GeneratedSafetyRow,
  type ExpandSafetyTemplatesOptions,
} from './expand-safety-templates.js';
export { manipulationSignals, type ManipulationSignals, type ManipulationAsk, type ManipulationPressure } from './manipulation-signals.js';
export { safetyRowGroup, type GroupableSafetyRow } from './safety-row-group.js';
export { defineRules, type SafetyRule } from './rules/safety-rule.js';
export { defaultSafetyRules } from './rules/default-safety-rules.js';
export {
  createSafetyFilter,
  type SafetyFilter,
  type SafetyFilterOptions,
  type SafetyCheck,
  type SafetyCheckOptions,
} from './safety-filter.js';
export {
  createDefaultSafetyFilter,
  loadShippedSafetyModel,
  loadShippedSafetyEmbeddingModel,
  workspaceSafetyModelFormat,
  type DefaultSafetyFilterOptions,
  type SafetyModelSet,
  type WorkspaceSafetyModelData,
} from './default-safety-filter.js';
export { safetySentences, meanSentenceEmbedding } from './safety-sentences.js';
export { embedForSafety, embedSentenceMeans, type SafetyEmbedding } from './embed-for-safety.js';
export { scoreSafety, type SafetyJudgement, type SafetyMetrics } from './safety-metrics.js';
