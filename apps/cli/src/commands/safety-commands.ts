/** `switchboard eval safety <file>`: recall, precision, F1 and false-positive rate of the safety filter. */
import type { Command } from 'commander';
import { SwitchboardError } from '@switchboard/spec';
import { parentCommand } from './parent-command.js';
import { resolveEmbedder } from '../embedders.js';
import { runSafetyEval } from '../safety/run-safety-eval.js';
import { formatTable, printJson, printLine } from '../output.js';

const show = (value: number | null): string => (value === null ? '-' : value.toFixed(4));

export function registerSafetyCommands(program: Command): Command {
  // `eval` may already exist (retrieval registers it); safety is one more stage under it.
  const evaluate = parentCommand(program, 'eval', 'evaluate a pipeline stage offline');
  evaluate
    .command('safety')
    .description('safety-filter metrics on a JSONL file of {text, label: "safe"|"unsafe", category}')
    .argument('<file>', 'labelled JSONL file')
    .option('--json', 'print the metrics as one JSON object')
    .option('--embedder <name>', 'sentence embedder of the safety model: local:use-lite or none (n-grams alone)', 'local:use-lite')
    .action(async (file: string, options: { json?: boolean; embedder: string }) => {
      if (options.embedder !== 'local:use-lite' && options.embedder !== 'none')
        throw new SwitchboardError('VALIDATION_FAILED', `--embedder: expected local:use-lite or none, got '${options.embedder}'`);
      const embedder = options.embedder === 'none' ? null : resolveEmbedder(options.embedder, { quiet: true });
      const { rows, metrics, model } = await runSafetyEval(file, {
        embedder,
        onProgress: (message) => void process.stderr.write(`switchboard: ${message}\n`),
      });
      if (options.json) return printJson(metrics);
      printLine(`${file}: ${rows} rows, ${model} model (flagged = action is not "continue")`);
      printLine(
        formatTable(
          ['metric', 'value'],
          [
            ['recall', show(metrics.recall)],
            ['precision', show(metrics.precision)],
            ['f1', show(metrics.f1)],
            ['false_positive_rate', show(metrics.false_positive_rate)],
            ...Object.entries(metrics.per_category).map(([category, recall]) => [`recall[${category}]`, show(recall)]),
          ],
        ),
      );
    });
  return evaluate;
}
