/** `switchboard train intents`: reads labelled examples, embeds them, trains the classifier and writes the model file. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { trainIntentClassifier } from '@switchboard/core/intent';
import { embedIntentTexts, intentEmbedder, intentEmbeddingCacheFolder } from './intent-embeddings.js';
import { intentTrainingOptions } from './intent-training-options.js';
import { readIntentExamples } from './read-intent-examples.js';

export interface TrainIntentModelOptions {
  /** Labelled examples (.jsonl or .csv). */
  readonly file: string;
  /** Where the model is written. */
  readonly out: string;
  /** The sentence embedder's id, 'none', or undefined for the default (then its fallback). */
  readonly embedder?: string;
  /** Reuse vectors from earlier runs (the cache folder under $SWITCHBOARD_CACHE_DIR). */
  readonly embeddingCache: boolean;
  /** See intentTrainingOptions. */
  readonly oosShare?: string;
  readonly warn: (message: string) => void;
}

/** The summary `train intents --json` prints, keys in print order. */
export interface IntentModelSummary {
  readonly model: string;
  readonly examples: number;
  readonly labels: number;
  readonly oos_class: boolean;
  readonly oos_threshold: number;
  readonly temperature: number;
  readonly embedder: string | null;
  readonly embedded_texts: number;
  readonly train_seconds: number;
}

export async function trainIntentModel(options: TrainIntentModelOptions): Promise<IntentModelSummary> {
  const { warn } = options;
  const examples = readIntentExamples(options.file, warn);
  const embedder = intentEmbedder(warn, options.embedder);
  const started = performance.now();
  const embeddings = embedder
    ? await embedIntentTexts(
        embedder,
        examples.map((example) => example.text),
        { log: warn, ...(options.embeddingCache ? { cacheFolder: intentEmbeddingCacheFolder() } : {}) },
      )
    : undefined;
  const classifier = trainIntentClassifier(examples, intentTrainingOptions(options.oosShare), embeddings);
  const trainSeconds = Math.round((performance.now() - started) / 10) / 100;
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, JSON.stringify(classifier.toJSON()));
  return {
    model: options.out,
    examples: examples.length,
    labels: classifier.labels.length,
    oos_class: classifier.labels.includes(classifier.oosLabel),
    oos_threshold: Math.round(classifier.oosThreshold * 10_000) / 10_000,
    temperature: Math.round(classifier.temperature * 10_000) / 10_000,
    embedder: classifier.embedder?.id ?? null,
    embedded_texts: embeddings?.embedded ?? 0,
    train_seconds: trainSeconds,
  };
}
