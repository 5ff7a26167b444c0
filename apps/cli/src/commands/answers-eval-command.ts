/** `switchboard eval answers <dir>`: ROUGE-L, faithfulness, answer rate and latency of the context, gold-passage and full stages. */
import type { Command } from 'commander';
import { parentCommand } from './parent-command.js';
import { loadConfig } from '@switchboard/config';
import type { AnswerStageMetrics } from '@switchboard/core';
import { llmSettingsFromEnvironment } from '@switchboard/providers';
import { SwitchboardError } from '@switchboard/spec';
import { runAnswersEval } from '../evaluation/run-answers-eval.js';
import { createProgressBar } from '../progress-bar.js';
import { formatTable, printJson, printLine } from '../output.js';
import { workspaceDir } from './command-context.js';

interface AnswersEvalFlags {
  split: string;
  mode?: 'lexical' | 'dense' | 'hybrid';
  limit?: string;
  json?: boolean;
}

const show = (value: number | null): string => (value === null ? '-' : value.toFixed(4));

export function registerAnswersEvalCommand(program: Command): Command {
  // `eval` may already exist (retrieval registers it); answers is one more stage under it.
  const evaluate = parentCommand(program, 'eval', 'evaluate a pipeline stage offline');
  evaluate
    .command('answers')
    .description(
      'answer metrics on a BEIR-layout dataset with answers.jsonl ({query_id, answer}); an LLM answers when SWITCHBOARD_LLM_* is set',
    )
    .argument('<dir>', 'dataset folder')
    .requiredOption('--split <name>', 'qrels split to score, e.g. dev')
    .option('--mode <mode>', 'lexical, dense or hybrid (default: retrieval.mode in config)')
    .option('--limit <n>', 'evaluate only the first n judged questions')
    .option('--json', 'print the metrics as one JSON object')
    .action(async (dir: string, options: AnswersEvalFlags, command: Command) => {
      const limit = options.limit === undefined ? undefined : Number(options.limit);
      if (limit !== undefined && !(Number.isInteger(limit) && limit > 0))
        throw new SwitchboardError('VALIDATION_FAILED', `--limit must be a positive whole number, got '${options.limit}'`);
      const bar = options.json ? null : createProgressBar(process.stderr, 'eval ');
      const result = await runAnswersEval({
        dir,
        split: options.split,
        config: loadConfig(workspaceDir(command)),
        mode: options.mode,
        llm: llmSettingsFromEnvironment(process.env),
        limit,
        onProgress: (done, total, label) => bar?.update(done, total, label),
      });
      bar?.finish();
      if (options.json) return printJson(result);
      const { retrieval, gold_passage: gold, full } = result.stages;
      printLine(
        `${dir} (split ${options.split}): ${result.queries} questions answered by ${result.answerer}, context of ${result.k} chunks`,
      );
      const answerRow = (name: string, stage: AnswerStageMetrics) => [
        name,
        '-',
        show(stage.rouge_l),
        show(stage.faithfulness),
        show(stage.answer_rate),
        stage.latency_ms.p50.toFixed(1),
        stage.latency_ms.p95.toFixed(1),
      ];
      printLine(
        formatTable(
          ['stage', 'context_recall', 'rouge_l', 'faithfulness', 'answer_rate', 'p50_ms', 'p95_ms'],
          [
            [
              'retrieval',
              show(retrieval.context_recall),
              '-',
              '-',
              '-',
              retrieval.latency_ms.p50.toFixed(1),
              retrieval.latency_ms.p95.toFixed(1),
            ],
            answerRow('gold_passage', gold),
            answerRow('full', full),
          ],
        ),
      );
    });
  return evaluate;
}
