/** `switchboard train intents` and `switchboard eval intents`: the intent classifier from the operator's examples. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { parentCommand } from './parent-command.js';
import { trainIntentClassifier } from '@switchboard/core';
import { embedIntentTexts, intentEmbedder, intentEmbedderId, intentEmbeddingCacheFolder } from '../intent/intent-embeddings.js';
import { readIntentExamples } from '../intent/read-intent-examples.js';
import { runIntentEval } from '../intent/run-intent-eval.js';
import { formatTable, printJson, printLine } from '../output.js';
import { workspaceDir } from './command-context.js';

const warn = (message: string): void => void process.stderr.write(`switchboard: ${message}\n`);

export function registerIntentCommands(program: Command): void {
  parentCommand(program, 'train', 'train a model from labelled examples')
    .command('intents')
    .description('train the intent classifier from JSONL or CSV rows {text, label} (label "oos" = out of scope)')
    .argument('<file>', 'labelled examples (.jsonl or .csv)')
    .option('--out <file>', 'where to write the model (default: <workspace>/data/models/intents.json)')
    .option(
      '--embedder <id>',
      `sentence embedder for the model's dense features: local:use-lite, local:glove-100d-sif or none (default: ${intentEmbedderId})`,
    )
    .option('--no-embedding-cache', 'embed every text afresh instead of reusing vectors from earlier runs')
    .option('--json', 'print a JSON summary')
    .action(
      async (file: string, options: { out?: string; embedder?: string; embeddingCache: boolean; json?: boolean }, command: Command) => {
        const examples = readIntentExamples(file, warn);
        const embedder = intentEmbedder(warn, options.embedder);
        const started = performance.now();
        const embeddings = embedder
          ? await embedIntentTexts(
              embedder,
              examples.map((example) => example.text),
              { log: warn, ...(options.embeddingCache ? { cacheFolder: intentEmbeddingCacheFolder() } : {}) },
            )
          : undefined;
        const classifier = trainIntentClassifier(examples, {}, embeddings);
        const trainSeconds = Math.round((performance.now() - started) / 10) / 100;
        const out = resolve(options.out ?? join(workspaceDir(command), 'data', 'models', 'intents.json'));
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, JSON.stringify(classifier.toJSON()));
        const summary = {
          model: out,
          examples: examples.length,
          labels: classifier.labels.length,
          oos_class: classifier.labels.includes(classifier.oosLabel),
          oos_threshold: Math.round(classifier.oosThreshold * 10_000) / 10_000,
          temperature: Math.round(classifier.temperature * 10_000) / 10_000,
          embedder: classifier.embedder?.id ?? null,
          embedded_texts: embeddings?.embedded ?? 0,
          train_seconds: trainSeconds,
        };
        if (options.json) return printJson(summary);
        printLine(`trained on ${summary.examples} examples, ${summary.labels} labels in ${trainSeconds} s; model written to ${out}`);
        if (!summary.oos_class && summary.oos_threshold === 0)
          printLine('no "oos" examples: only texts with no known words are routed to out-of-scope; add "oos" rows to learn a threshold');
      },
    );

  parentCommand(program, 'eval', 'evaluate a pipeline stage offline')
    .command('intents')
    .description('train the intent classifier on one file and score it on another')
    .requiredOption('--train <file>', 'labelled training examples (.jsonl or .csv)')
    .requiredOption('--test <file>', 'labelled test examples (.jsonl or .csv)')
    .option(
      '--embedder <id>',
      `sentence embedder for the model's dense features: local:use-lite, local:glove-100d-sif or none (default: ${intentEmbedderId})`,
    )
    .option('--embedding-cache', 'reuse vectors from earlier runs (then train_seconds counts only the texts not cached)')
    .option('--json', 'print the metrics as one JSON object')
    .action(async (options: { train: string; test: string; embedder?: string; embeddingCache?: boolean; json?: boolean }) => {
      const train = readIntentExamples(options.train, warn);
      const test = readIntentExamples(options.test, warn);
      const result = await runIntentEval(
        train,
        test,
        intentEmbedder(warn, options.embedder),
        {},
        {
          log: warn,
          ...(options.embeddingCache ? { cacheFolder: intentEmbeddingCacheFolder() } : {}),
        },
      );
      if (options.json) return printJson(result);
      printLine(
        formatTable(
          ['metric', 'value'],
          Object.entries(result).map(([name, value]) => [name, String(value)]),
        ),
      );
    });
}
