/** `switchboard eval <stage>`: offline evaluation of each pipeline stage on standard dataset formats. */
import type { Command } from 'commander';
import { parentCommand } from './parent-command.js';
import { registerEvalImportTicketsCommand } from './eval-import-tickets-command.js';
import { loadConfig } from '@switchboard/config';
import { metricNames } from '@switchboard/core/evaluation';
import { runRetrievalAblation, runRetrievalEval } from '@switchboard/evaluation';
import { createProgressBar } from '../progress-bar.js';
import { formatTable, printJson, printLine } from '../output.js';
import { workspaceDir } from './command-context.js';

interface RetrievalCommandOptions {
  split: string;
  learnFrom?: string;
  cv?: number;
  cvGroup: string;
  mode?: 'lexical' | 'dense' | 'hybrid';
  rewrite: boolean;
  ablation?: boolean;
  perQuery?: string;
  json?: boolean;
}

export function registerEvalCommand(program: Command): Command {
  const evaluate = parentCommand(program, 'eval', 'evaluate a pipeline stage offline');
  registerEvalImportTicketsCommand(program);
  evaluate
    .command('retrieval')
    .description('retrieval metrics on a BEIR-layout dataset (corpus.jsonl, queries.jsonl, qrels/<split>.tsv)')
    .argument('<dir>', 'dataset folder')
    .requiredOption('--split <name>', 'qrels split to score, e.g. dev')
    .option('--learn-from <name>', 'a split whose queries and judgements the system learns from first (history, reranker)')
    .option('--cv <k>', 'K-fold cross-validation inside the split: learn from K-1 folds, score the rest', (value) =>
      Number.parseInt(value, 10),
    )
    .option('--cv-group <field>', 'metadata field that keeps related queries in one fold ("none" for plain folds)', 'thread_id')
    .option('--mode <mode>', 'lexical, dense or hybrid (default: retrieval.mode in config)')
    .option('--no-rewrite', 'search with the raw query (no conversation context, no spelling correction)')
    .option('--ablation', 'one table: BM25F, dense, hybrid, ±rewrite, ±history, +rerank')
    .option('--per-query <file>', "write each query's ranks as JSON lines for error analysis")
    .option('--json', 'print the metrics as one JSON object')
    .action(async (dir: string, options: RetrievalCommandOptions, command: Command) => {
      const bar = options.json ? null : createProgressBar(process.stderr, 'eval ');
      const evalOptions = {
        dir,
        split: options.split,
        config: loadConfig(workspaceDir(command)),
        mode: options.mode,
        rewrite: options.rewrite,
        learnFrom: options.learnFrom,
        cv: options.cv,
        cvGroupBy: options.cvGroup === 'none' ? null : options.cvGroup,
        perQueryFile: options.perQuery,
        onProgress: (d: number, t: number, l: string) => bar?.update(d, t, l),
      };
      if (options.ablation) {
        const rows = await runRetrievalAblation(evalOptions);
        bar?.finish();
        if (options.json) return printJson({ ablation: rows });
        return printLine(
          formatTable(
            ['variant', 'ndcg@10', 'mrr@10', 'recall@10', 'p@1', 'queries'],
            rows.map((row) => [
              row.variant,
              ...(['ndcg@10', 'mrr@10', 'recall@10', 'p@1'] as const).map((m) => row[m].toFixed(4)),
              String(row.queries),
            ]),
          ),
        );
      }
      const result = await runRetrievalEval(evalOptions);
      bar?.finish();
      if (options.json) return printJson(result);
      printLine(`${dir} (split ${options.split}): ${result.queries} queries, ${result.documents} documents, ${result.chunks} chunks`);
      printLine(
        formatTable(
          ['metric', 'value'],
          metricNames.map((name) => [name, result[name].toFixed(4)]),
        ),
      );
    });
  return evaluate;
}
