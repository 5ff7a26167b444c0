/** `switchboard eval safety <file>`: recall, precision, F1 and false-positive rate of the safety filter. */
import type { Command } from 'commander';
import { parentCommand } from './parent-command.js';
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
    .action((file: string, options: { json?: boolean }) => {
      const { rows, metrics } = runSafetyEval(file);
      if (options.json) return printJson(metrics);
      printLine(`${file}: ${rows} rows (flagged = action is not "continue")`);
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
