/** Trains on one file and scores another: the metrics of `switchboard eval intents`, in their fixed key order. */
import { intentMetrics, trainIntentClassifier, type IntentExample, type IntentTrainingOptions } from '@switchboard/core';
import type { Embedder } from '@switchboard/spec';
import { embedIntentTexts, type EmbedIntentTextsOptions } from './intent-embeddings.js';

/** Keys in print order; `oos_*` appear only when the test set has out-of-scope rows. */
export interface IntentEvalResult {
  readonly accuracy: number;
  readonly in_scope_accuracy: number;
  readonly oos_recall?: number;
  readonly oos_precision?: number;
  readonly macro_f1: number;
  readonly ece: number;
  readonly train_seconds: number;
}

/** `train_seconds` counts embedding the training texts too: it is part of what training costs. */
export async function runIntentEval(
  train: readonly IntentExample[],
  test: readonly IntentExample[],
  embedder: Embedder | null,
  options: Partial<IntentTrainingOptions> = {},
  embedding: EmbedIntentTextsOptions = {},
): Promise<IntentEvalResult> {
  const started = performance.now();
  const trainEmbeddings = embedder
    ? await embedIntentTexts(
        embedder,
        train.map((example) => example.text),
        embedding,
      )
    : undefined;
  const classifier = trainIntentClassifier(train, options, trainEmbeddings);
  const trainSeconds = (performance.now() - started) / 1000;
  const testVectors = embedder
    ? (
        await embedIntentTexts(
          embedder,
          test.map((example) => example.text),
          embedding,
        )
      ).vectors
    : [];
  const predictions = test.map((example, i) => {
    const prediction = classifier.predict(example.text, 1, testVectors[i]);
    const top = prediction.probabilities[0]!;
    return { gold: example.label, predicted: prediction.label, topProbability: top.probability, topLabel: top.label };
  });
  const metrics = intentMetrics(predictions, classifier.oosLabel);
  const round = (value: number): number => Math.round(value * 10_000) / 10_000;
  return {
    accuracy: round(metrics.accuracy),
    in_scope_accuracy: round(metrics.in_scope_accuracy),
    ...(metrics.oos_recall === undefined ? {} : { oos_recall: round(metrics.oos_recall) }),
    ...(metrics.oos_precision === undefined ? {} : { oos_precision: round(metrics.oos_precision) }),
    macro_f1: round(metrics.macro_f1),
    ece: round(metrics.ece),
    train_seconds: Math.round(trainSeconds * 100) / 100,
  };
}
