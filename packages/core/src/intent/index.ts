/** Intent classification: features, softmax regression, temperature scaling, out-of-scope thresholds and metrics. */
export {
  trainIntentClassifier,
  defaultIntentTrainingOptions,
  type IntentExample,
  type IntentTrainingOptions,
} from './train-intent-classifier.js';
export {
  IntentClassifier,
  intentModelFormatVersion,
  type IntentModelFile,
  type IntentPrediction,
  type LabelProbability,
} from './intent-classifier.js';
export {
  intentMetrics,
  macroF1,
  expectedCalibrationError,
  reliabilityBins,
  type IntentMetrics,
  type ReliabilityBin,
  type ScoredPrediction,
} from './intent-metrics.js';
export { seededRandom } from './seeded-random.js';
export { appendDenseFeatures, type IntentEmbeddings } from './dense-features.js';
export { type IntentEmbedderInfo } from './intent-classifier.js';
export { stratifiedSplit, type Split } from './stratified-split.js';
export { heldOutIntentFolds, type HeldOutIntentFold, type HeldOutIntentFoldOptions } from './held-out-intent-folds.js';
