/** Trains and scores one or more train/test runs: the metrics of `switchboard eval intents`, in their fixed key order. */
import { defaultGroupKey, partOfGroup, type EvaluationPart } from '@switchboard/core/evaluation';
import {
  intentMetrics,
  trainIntentClassifier,
  type IntentExample,
  type IntentTrainingOptions,
  type ScoredPrediction,
} from '@switchboard/core/intent';
import type { Embedder } from '@switchboard/spec';
import type { IntentEvalRun } from './cross-intent-runs.js';
import { embedIntentTexts, type EmbedIntentTextsOptions } from './intent-embeddings.js';

/** Keys in print order; `oos_*` appear only when the test set has out-of-scope rows. */
export interface IntentEvalResult {
  readonly accuracy: number;
  readonly in_scope_accuracy: number;
  readonly oos_recall?: number;
  readonly oos_precision?: number;
  readonly macro_f1: number;
  readonly ece: number;
  /** Mean over the runs. */
  readonly train_seconds: number;
  /** Which part of the test rows the figures are on. */
  readonly part: EvaluationPart | 'all';
  readonly test_rows: number;
}

/** The test rows of one part, grouped by normalised text so a message and its near-copies share a part. */
export function rowsOfPart(rows: readonly IntentExample[], part: EvaluationPart | 'all'): IntentExample[] {
  return part === 'all' ? [...rows] : rows.filter((row) => partOfGroup(defaultGroupKey(row.text)) === part);
}

async function predictRun(
  run: IntentEvalRun,
  embedder: Embedder | null,
  options: Partial<IntentTrainingOptions>,
  embedding: EmbedIntentTextsOptions,
): Promise<{ predictions: ScoredPrediction[]; seconds: number; oosLabel: string }> {
  const started = performance.now();
  const embed = (examples: readonly IntentExample[]) =>
    embedIntentTexts(
      embedder!,
      examples.map((example) => example.text),
      embedding,
    );
  const trainEmbeddings = embedder ? await embed(run.train) : undefined;
  const classifier = trainIntentClassifier(run.train, options, trainEmbeddings);
  const seconds = (performance.now() - started) / 1000;
  const testVectors = embedder && run.test.length > 0 ? (await embed(run.test)).vectors : [];
  const predictions = run.test.map((example, i) => {
    const prediction = classifier.predict(example.text, 1, testVectors[i]);
    const top = prediction.probabilities[0]!;
    return { gold: example.label, predicted: prediction.label, topProbability: top.probability, topLabel: top.label };
  });
  return { predictions, seconds, oosLabel: classifier.oosLabel };
}

/** `train_seconds` counts embedding the training texts too: it is part of what training costs. */
export async function runIntentEval(
  runs: readonly IntentEvalRun[],
  embedder: Embedder | null,
  options: Partial<IntentTrainingOptions> = {},
  embedding: EmbedIntentTextsOptions = {},
  part: EvaluationPart | 'all' = 'all',
): Promise<IntentEvalResult> {
  const predictions: ScoredPrediction[] = [];
  let seconds = 0;
  let oosLabel = options.oosLabel ?? 'oos';
  for (const run of runs) {
    const result = await predictRun({ train: run.train, test: rowsOfPart(run.test, part) }, embedder, options, embedding);
    predictions.push(...result.predictions);
    seconds += result.seconds;
    oosLabel = result.oosLabel;
  }
  const metrics = intentMetrics(predictions, oosLabel);
  const round = (value: number): number => Math.round(value * 10_000) / 10_000;
  return {
    accuracy: round(metrics.accuracy),
    in_scope_accuracy: round(metrics.in_scope_accuracy),
    ...(metrics.oos_recall === undefined ? {} : { oos_recall: round(metrics.oos_recall) }),
    ...(metrics.oos_precision === undefined ? {} : { oos_precision: round(metrics.oos_precision) }),
    macro_f1: round(metrics.macro_f1),
    ece: round(metrics.ece),
    train_seconds: Math.round((seconds / Math.max(1, runs.length)) * 100) / 100,
    part,
    test_rows: predictions.length,
  };
}
