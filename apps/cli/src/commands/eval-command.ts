/** `switchboard eval <stage>`: offline evaluation of each pipeline stage on standard dataset formats. */
import type { Command } from 'commander';
import { loadConfig } from '@switchboard/config';
import { metricNames } from '@switchboard/core';
import { runRetrievalEval } from '../evaluation/run-retrieval-eval.js';
import { createProgressBar } from '../progress-bar.js';
import { formatTable, printJson, printLine } from '../output.js';
import { workspaceDir } from './command-context.js';

export function registerEvalCommand(program: Command): Command {
  const evaluate = program.command('eval').description('evaluate a pipeline stage offline');
  evaluate
    .command('retrieval')
    .description('retrieval metrics on a BEIR-layout dataset (corpus.jsonl, queries.jsonl, qrels/<split>.tsv)')
    .argument('<dir>', 'dataset folder')
    .requiredOption('--split <name>', 'qrels split to score, e.g. dev')
    .option('--learn-from <name>', 'a split whose queries and judgements the system may learn from first')
    .option('--mode <mode>', 'lexical, dense or hybrid (default: retrieval.mode in config)')
    .option('--json', 'print the metrics as one JSON object')
    .action(
      async (
        dir: string,
        options: { split: string; learnFrom?: string; mode?: 'lexical' | 'dense' | 'hybrid'; json?: boolean },
        command: Command,
      ) => {
        if (options.learnFrom)
          process.stderr.write(
            `switchboard: --learn-from ${options.learnFrom}: learning from history is not implemented yet; evaluating without it\n`,
          );
        const bar = options.json ? null : createProgressBar(process.stderr, 'eval ');
        const result = await runRetrievalEval({
          dir,
          split: options.split,
          config: loadConfig(workspaceDir(command)),
          mode: options.mode,
          onProgress: (d, t, l) => bar?.update(d, t, l),
        });
        bar?.finish();
        if (options.json) return printJson(result);
        printLine(`${dir} (split ${options.split}): ${result.queries} queries, ${result.documents} documents, ${result.chunks} chunks`);
        printLine(
          formatTable(
            ['metric', 'value'],
            metricNames.map((name) => [name, result[name].toFixed(4)]),
          ),
        );
      },
    );
  return evaluate;
}
