/** The safety filter as shipped: the default rules, the trained models in models/, and the default actions. */
import { defaultSafetyActions, type SafetyActionMap } from './safety-categories.js';
import { createSafetyFilter, type SafetyFilter } from './safety-filter.js';
import { loadSafetyModel, type SafetyModel } from './safety-model.js';
import { applySafetyAdapter, type SafetyAdapterData } from './safety-adapter.js';
import { manipulationSignals } from './manipulation-signals.js';
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
  readonly actions?: SafetyActionMap;
  readonly threshold?: number;
  /** Include the embedding model (default true); `check` uses it whenever it is given an embedding. */
  readonly embeddingModel?: boolean;
  /** A workspace's trained corrections (data/models/safety.json), applied on top of the shipped models. */
  readonly workspaceModel?: WorkspaceSafetyModelData | null;
}

export function createDefaultSafetyFilter(options: DefaultSafetyFilterOptions = {}): SafetyFilter {
  const workspace = options.workspaceModel ?? null;
  const ngram = loadShippedSafetyModel();
  const embedding = options.embeddingModel === false ? null : loadShippedSafetyEmbeddingModel();
  return createSafetyFilter({
    model: workspace ? applySafetyAdapter(ngram, workspace.ngram) : ngram,
    embeddingModel: embedding && workspace?.embedding ? applySafetyAdapter(embedding, workspace.embedding) : embedding,
    rules: defaultSafetyRules,
    signals: manipulationSignals,
    actions: options.actions ?? defaultSafetyActions,
    ...(options.threshold === undefined ? {} : { threshold: options.threshold }),
  });
}
