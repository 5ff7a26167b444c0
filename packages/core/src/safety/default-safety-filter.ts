/**
 * The safety filter as shipped: the default rules, the trained models and the default actions. Core ships no weights:
 * the app hands in the trained models (`shippedSafetyModels` of @switchboard/models, written by scripts/safety/).
 */
import { defaultSafetyActions, type SafetyActionMap } from './safety-categories.js';
import { createSafetyFilter, type SafetyFilter } from './safety-filter.js';
import { loadSafetyModel, type SafetyModel, type SafetyModelData } from './safety-model.js';
import { applySafetyAdapter, type SafetyAdapterData } from './safety-adapter.js';
import { manipulationSignals } from './manipulation-signals.js';
import { createSafetyTermSpelling } from './safety-term-spelling.js';
import { defaultSafetyRules } from './rules/default-safety-rules.js';

/** The two trained classifiers the default filter reads. */
export interface SafetyModelSet {
  /** Over hashed n-grams alone: used when the sentence encoder is down. */
  readonly ngram: SafetyModelData;
  /** Over the n-grams plus the sentence-mean USE-lite embedding. */
  readonly embedding: SafetyModelData;
}

// Keyed by the data object, so every filter built from the same weights shares one decoded model (a few MB each).
const decoded = new WeakMap<SafetyModelData, SafetyModel>();
const decodeOnce = (data: SafetyModelData): SafetyModel => {
  let model = decoded.get(data);
  if (!model) decoded.set(data, (model = loadSafetyModel(data)));
  return model;
};

/** The n-gram classifier of `models`, decoded once on first use. */
export function loadShippedSafetyModel(models: SafetyModelSet): SafetyModel {
  return decodeOnce(models.ngram);
}

/** The classifier over n-grams plus the sentence-mean USE-lite embedding, decoded once on first use. */
export function loadShippedSafetyEmbeddingModel(models: SafetyModelSet): SafetyModel {
  return decodeOnce(models.embedding);
}

export const workspaceSafetyModelFormat = 'switchboard-workspace-safety/1';

/** What `switchboard train safety` writes: corrections to both shipped models, learnt from a workspace's own rows. */
export interface WorkspaceSafetyModelData {
  readonly format: typeof workspaceSafetyModelFormat;
  /** Corrects the n-gram model (used when the sentence encoder is down). */
  readonly ngram: SafetyAdapterData;
  /** Corrects the embedding model; absent when it was trained without the sentence encoder. */
  readonly embedding?: SafetyAdapterData;
  /** The files it was trained from, for the record. */
  readonly trainedOn: readonly string[];
}

export interface DefaultSafetyFilterOptions {
  /** The trained classifiers: @switchboard/models' shippedSafetyModels. */
  readonly models: SafetyModelSet;
  readonly actions?: SafetyActionMap;
  readonly threshold?: number;
  /** Include the embedding model (default true); `check` uses it whenever it is given an embedding. */
  readonly embeddingModel?: boolean;
  /** A workspace's trained corrections (data/models/safety.json), applied on top of the shipped models. */
  readonly workspaceModel?: WorkspaceSafetyModelData | null;
  /** Read misspelt safety words as meant before the rules look again (default true; safety-term-spelling.ts). */
  readonly spelling?: boolean;
}

export function createDefaultSafetyFilter(options: DefaultSafetyFilterOptions): SafetyFilter {
  const workspace = options.workspaceModel ?? null;
  const ngram = loadShippedSafetyModel(options.models);
  const embedding = options.embeddingModel === false ? null : loadShippedSafetyEmbeddingModel(options.models);
  return createSafetyFilter({
    model: workspace ? applySafetyAdapter(ngram, workspace.ngram) : ngram,
    embeddingModel: embedding && workspace?.embedding ? applySafetyAdapter(embedding, workspace.embedding) : embedding,
    rules: defaultSafetyRules,
    signals: manipulationSignals,
    spelling: options.spelling === false ? null : createSafetyTermSpelling(),
    actions: options.actions ?? defaultSafetyActions,
    ...(options.threshold === undefined ? {} : { threshold: options.threshold }),
  });
}
