/** `switchboard eval safety <file>` (recall, precision, F1, false-positive rate) and `switchboard train safety <file>`. */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { SwitchboardError } from '@switchboard/spec';
import type { EvaluationPart } from '@switchboard/core/evaluation';
import {
  parseEvaluationPart,
  readWorkspaceSafetyModel,
  runSafetyEval,
  safetyEmbedder,
  trainSafetyModelFile,
  workspaceSafetyModelPath,
} from '@switchboard/evaluation';
import { parentCommand } from './parent-command.js';
import { workspaceDir } from './command-context.js';
import { formatMetric as show, formatTable, printJson, printLine } from '../output.js';

const progress = (message: string): void => void process.stderr.write(`switchboard: ${message}\n`);

const partNote: Record<EvaluationPart | 'all', string> = {
  all: 'all rows',
  tune: 'tune part (rules, thresholds and training may look at it)',
  check: 'check part (nothing was tuned on it)',
};

export function registerSafetyCommands(program: Command): Command {
  // `eval` may already exist (retrieval registers it); safety is one more stage under it.
  const evaluate = parentCommand(program, 'eval', 'evaluate a pipeline stage offline');
  evaluate
    .command('safety')
    .description('safety-filter metrics on a JSONL file of {text, label: "safe"|"unsafe", category}')
    .argument('<file>', 'labelled JSONL file')
    .option('--json', 'print the metrics as one JSON object')
    .option('--embedder <name>', 'sentence embedder of the safety model: local:use-lite or none (n-grams alone)', 'local:use-lite')
    .option(
      '--part <part>',
      'score only the tune or the check part of the file (split by `group`/`template`, else by text): tune, check or all',
      'all',
    )
    .option('--model <file>', 'corrections written by `train safety` (default: <workspace>/data/models/safety.json when it exists)')
    .action(async (file: string, options: { json?: boolean; embedder: string; part: string; model?: string }, command: Command) => {
      const part = parseEvaluationPart(options.part);
      const modelPath = resolve(options.model ?? workspaceSafetyModelPath(workspaceDir(command)));
      const workspaceModel = readWorkspaceSafetyModel(modelPath);
      if (options.model && !workspaceModel) throw new SwitchboardError('INGEST_PATH_NOT_FOUND', `${modelPath}: no such model file`);
      const { rows, metrics, model, perFamily } = await runSafetyEval(file, {
        embedder: safetyEmbedder(options.embedder),
        part,
        workspaceModel,
        onProgress: progress,
      });
      const trained = workspaceModel ? modelPath : null;
      if (options.json) return printJson({ ...metrics, part, rows, workspace_model: trained, per_family: perFamily });
      printLine(
        `${file}: ${rows} rows, ${partNote[part]}, ${model} model${trained ? ` + ${trained}` : ''} (flagged = action is not "continue")`,
      );
      printLine(
        formatTable(
          ['metric', 'value'],
          [
            ['recall', show(metrics.recall)],
            ['precision', show(metrics.precision)],
            ['f1', show(metrics.f1)],
            ['false_positive_rate', show(metrics.false_positive_rate)],
            ...Object.entries(metrics.per_category).map(([category, recall]) => [`recall[${category}]`, show(recall)]),
            ...Object.entries(perFamily).map(([family, recall]) => [`recall[family=${family}]`, show(recall)]),
          ],
        ),
      );
    });

  parentCommand(program, 'train', 'train a model from labelled examples')
    .command('safety')
    .description(
      'learn a workspace\'s own labelled rows {text, label: "safe"|"unsafe", category} on top of the shipped safety models; ask, serve and eval safety use the result',
    )
    .argument('<file>', 'labelled JSONL file')
    .option('--out <file>', 'where to write the model (default: <workspace>/data/models/safety.json)')
    .option('--embedder <name>', 'sentence embedder of the safety model: local:use-lite or none (n-gram correction only)', 'local:use-lite')
    .option('--no-embedding-cache', 'embed every sentence afresh instead of reusing vectors from earlier runs')
    .option('--json', 'print a JSON summary')
    .action(
      async (file: string, options: { out?: string; embedder: string; embeddingCache: boolean; json?: boolean }, command: Command) => {
        const out = resolve(options.out ?? workspaceSafetyModelPath(workspaceDir(command)));
        const summary = await trainSafetyModelFile({ ...options, file, out, onProgress: progress });
        if (options.json) return printJson(summary);
        printLine(
          `trained on ${summary.rows} rows (${Object.entries(summary.per_category)
            .map(([category, count]) => `${category} ${count}`)
            .join(', ')}) in ${summary.train_seconds} s; model written to ${out}`,
        );
      },
    );
  return evaluate;
}
