/** The safety filter as shipped: the default rules, the trained model in models/, and the default actions. */
import { defaultSafetyActions, type SafetyActionMap } from './safety-categories.js';
import { createSafetyFilter, type SafetyFilter } from './safety-filter.js';
import { loadSafetyModel, type SafetyModel } from './safety-model.js';
import { defaultSafetyRules } from './rules/default-safety-rules.js';
import { shippedSafetyModelData } from './models/shipped-safety-model.js';

let shippedModel: SafetyModel | null = null;

/** The shipped classifier, decoded once on first use (a few MB of weights). */
export function loadShippedSafetyModel(): SafetyModel {
  shippedModel ??= loadSafetyModel(shippedSafetyModelData);
  return shippedModel;
}

export function createDefaultSafetyFilter(options: { actions?: SafetyActionMap; threshold?: number } = {}): SafetyFilter {
  return createSafetyFilter({
    model: loadShippedSafetyModel(),
    rules: defaultSafetyRules,
    actions: options.actions ?? defaultSafetyActions,
    ...(options.threshold === undefined ? {} : { threshold: options.threshold }),
  });
}
