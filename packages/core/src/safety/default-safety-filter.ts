/** The safety filter as shipped: the default rules, the trained models in models/, and the default actions. */
import { defaultSafetyActions, type SafetyActionMap } from './safety-categories.js';
import { createSafetyFilter, type SafetyFilter } from './safety-filter.js';
import { loadSafetyModel, type SafetyModel } from './safety-model.js';
import { defaultSafetyRules } from './rules/default-safety-rules.js';
import { shippedSafetyModelData } from './models/shipped-safety-model.js';
import { shippedSafetyEmbeddingModelData } from './models/shipped-safety-embedding-model.js';

let shippedModel: SafetyModel | null = null;
let shippedEmbeddingModel: SafetyModel | null = null;

/** The shipped n-gram classifier, decoded once on first use (a few MB of weights). */
export function loadShippedSafetyModel(): SafetyModel {
  shippedModel ??= loadSafetyModel(shippedSafetyModelData);
  return shippedModel;
}

/** The shipped classifier over n-grams plus the sentence-mean USE-lite embedding, decoded once on first use. */
export function loadShippedSafetyEmbeddingModel(): SafetyModel {
  shippedEmbeddingModel ??= loadSafetyModel(shippedSafetyEmbeddingModelData);
  return shippedEmbeddingModel;
}

export interface DefaultSafetyFilterOptions {
  readonly actions?: SafetyActionMap;
  readonly threshold?: number;
  /** Include the embedding model (default true); `check` uses it whenever it is given an embedding. */
  readonly embeddingModel?: boolean;
}

export function createDefaultSafetyFilter(options: DefaultSafetyFilterOptions = {}): SafetyFilter {
  return createSafetyFilter({
    model: loadShippedSafetyModel(),
    embeddingModel: options.embeddingModel === false ? null : loadShippedSafetyEmbeddingModel(),
    rules: defaultSafetyRules,
    actions: options.actions ?? defaultSafetyActions,
    ...(options.threshold === undefined ? {} : { threshold: options.threshold }),
  });
}
