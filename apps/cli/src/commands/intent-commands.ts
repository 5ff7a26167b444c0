/** `switchboard train intents` and `switchboard eval intents`: the intent classifier from the operator's examples. */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { parentCommand } from './parent-command.js';
import { type EvaluationPart } from '@switchboard/core/evaluation';
import { defaultIntentTrainingOptions } from '@switchboard/core/intent';
import {
  evaluateIntents,
  intentEmbedderId,
  parseEvaluationPart,
  trainIntentModel,
  workspaceIntentModelPath,
} from '@switchboard/evaluation';
import { formatTable, printJson, printLine } from '../output.js';
import { workspaceDir } from './command-context.js';

const warn = (message: string): void => void process.stderr.write(`switchboard: ${message}\n`);

export function registerIntentCommands(program: Command): void {
  parentCommand(program, 'train', 'train a model from labelled examples')
    .command('intents')
    .description('train the intent classifier from JSONL or CSV rows {text, label} (label "oos" = out of scope)')
    .argument('<file>', 'labelled examples (.jsonl or .csv)')
    .option('--out <file>', 'where to write the model (default: <workspace>/data/models/intents.json)')
    .option('--embedder <id>', embedderHelp)
    .option('--no-embedding-cache', 'embed every text afresh instead of reusing vectors from earlier runs')
    .option('--oos-share <share>', oosShareHelp)
    .option('--json', 'print a JSON summary')
    .action(
      async (
        file: string,
        options: { out?: string; embedder?: string; embeddingCache: boolean; oosShare?: string; json?: boolean },
        command: Command,
      ) => {
        const out = resolve(options.out ?? workspaceIntentModelPath(workspaceDir(command)));
        const summary = await trainIntentModel({ ...options, file, out, warn });
        if (options.json) return printJson(summary);
        printLine(
          `trained on ${summary.examples} examples, ${summary.labels} labels in ${summary.train_seconds} s; model written to ${out}`,
        );
        if (!summary.oos_class)
          printLine(
            summary.oos_threshold > 0
              ? `no "oos" examples: the out-of-scope threshold ${summary.oos_threshold} was placed on intents held out as stand-ins; "oos" rows from real traffic place it better`
              : 'no "oos" examples and no threshold: only texts with no known words are routed to out-of-scope',
          );
      },
    );

  parentCommand(program, 'eval', 'evaluate a pipeline stage offline')
    .command('intents')
    .description('train the intent classifier on one file and score it on another (or on intents held out of it)')
    .requiredOption('--train <file>', 'labelled training examples (.jsonl or .csv)')
    .option('--test <file>', 'labelled test examples (.jsonl or .csv); required unless --cross-intent is given')
    .option('--embedder <id>', embedderHelp)
    .option('--embedding-cache', 'reuse vectors from earlier runs (then train_seconds counts only the texts not cached)')
    .option(
      '--part <part>',
      'score only the tune or the check part of the test rows (grouped by normalised text): tune, check or all',
      'all',
    )
    .option('--without-oos', 'drop the "oos" rows of the training file (the test file keeps its own)')
    .option(
      '--cross-intent <fraction>',
      'instead of --test: in round(1/fraction) runs, hold this share of the intents out of training and score them as "oos" beside this share of the other intents\' rows',
    )
    .option('--oos-share <share>', oosShareHelp)
    .option('--json', 'print the metrics as one JSON object')
    .action(async (options: IntentEvalOptions) => {
      const part = parseEvaluationPart(options.part);
      const { result, runs } = await evaluateIntents({ ...options, part, warn });
      if (options.json) return printJson(result);
      printLine(
        `${describeTest(options, runs)}: ${result.test_rows} rows, ${partNote[part]}${options.withoutOos ? '; trained without "oos" rows' : ''}`,
      );
      printLine(
        formatTable(
          ['metric', 'value'],
          Object.entries(result).map(([name, value]) => [name, String(value)]),
        ),
      );
    });
}

interface IntentEvalOptions {
  readonly train: string;
  readonly test?: string;
  readonly embedder?: string;
  readonly embeddingCache?: boolean;
  readonly part: string;
  readonly withoutOos?: boolean;
  readonly crossIntent?: string;
  readonly oosShare?: string;
  readonly json?: boolean;
}

const embedderHelp = `sentence embedder for the model's dense features: local:use-lite, local:glove-100d-sif or none (default: ${intentEmbedderId})`;
const oosShareHelp = `without "oos" training rows: the share of traffic you expect to be out of scope, for placing the threshold (default ${defaultIntentTrainingOptions.oosShareWithoutOos}; 0 = no threshold)`;

const describeTest = (options: IntentEvalOptions, runs: number): string =>
  options.crossIntent
    ? `${options.train}, ${runs} cross-intent runs (${options.crossIntent} of the intents held out as "oos")`
    : options.test!;

const partNote: Record<EvaluationPart | 'all', string> = {
  all: 'all rows',
  tune: 'tune part (choices may be made on it)',
  check: 'check part (nothing was tuned on it)',
};
