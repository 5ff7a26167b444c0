/** `switchboard eval intents`: builds the train/test runs from the files (or held-out intents) and scores them. */
import type { EvaluationPart } from '@switchboard/core/evaluation';
import { SwitchboardError } from '@switchboard/spec';
import { crossIntentRuns } from './cross-intent-runs.js';
import { intentEmbedder, intentEmbeddingCacheFolder } from './intent-embeddings.js';
import { intentTrainingOptions } from './intent-training-options.js';
import { readIntentExamples } from './read-intent-examples.js';
import { runIntentEval, type IntentEvalResult } from './run-intent-eval.js';

export interface EvaluateIntentsOptions {
  readonly train: string;
  /** Required unless crossIntent is given. */
  readonly test?: string;
  /** The share of the intents each cross-intent run holds out of training and scores as "oos". */
  readonly crossIntent?: string;
  /** Drop the training file's "oos" rows (the test file keeps its own). */
  readonly withoutOos?: boolean;
  readonly embedder?: string;
  readonly embeddingCache?: boolean;
  readonly oosShare?: string;
  readonly part: EvaluationPart | 'all';
  readonly warn: (message: string) => void;
}

export async function evaluateIntents(options: EvaluateIntentsOptions): Promise<{ result: IntentEvalResult; runs: number }> {
  const { warn } = options;
  if (options.crossIntent && options.test)
    throw new SwitchboardError('VALIDATION_FAILED', 'eval intents: --cross-intent tests on the training file; drop --test');
  const examples = readIntentExamples(options.train, warn);
  const train = options.withoutOos ? examples.filter((example) => example.label !== 'oos') : examples;
  const runs = options.crossIntent
    ? crossIntentRuns(train, Number(options.crossIntent))
    : [{ train, test: readIntentExamples(requiredTest(options.test), warn) }];
  const result = await runIntentEval(
    runs,
    intentEmbedder(warn, options.embedder),
    intentTrainingOptions(options.oosShare),
    { log: warn, ...(options.embeddingCache ? { cacheFolder: intentEmbeddingCacheFolder() } : {}) },
    options.part,
  );
  return { result, runs: runs.length };
}

function requiredTest(test: string | undefined): string {
  if (!test)
    throw new SwitchboardError(
      'VALIDATION_FAILED',
      'eval intents: pass --test <file>, or --cross-intent <fraction> to test on held-out intents',
    );
  return test;
}
