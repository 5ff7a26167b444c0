/**
 * `switchboard eval answers <dir>`: ROUGE-L, faithfulness, answer rate and latency of the context, gold-passage and full
 * stages on a BEIR-layout dataset; `switchboard eval answers <file.yaml>`: the answer rubric on a workspace's own cases.
 */
import type { Command } from 'commander';
import { parentCommand } from './parent-command.js';
import { loadConfig } from '@switchboard/config';
import type { AnswerStageMetrics, EvaluationPart } from '@switchboard/core/evaluation';
import { isAnswerCaseFile, readAnswerCases, runAnswerCases, runAnswersEval, workspaceOfCaseFile } from '@switchboard/evaluation';
import { llmSettingsFromEnvironment, resolveLlmSettings } from '@switchboard/providers';
import { SwitchboardError } from '@switchboard/spec';
import { createProgressBar } from '../progress-bar.js';
import { formatMetric as show, formatTable, printJson, printLine } from '../output.js';
import { buildWorkspaceRetriever, createPipeline, ensureIngested, withWorkspace } from '../workspace.js';
import { workspaceDir, workspaceOption } from './command-context.js';
import { printAnswerCasesReport } from './print-answer-cases.js';

interface AnswersEvalFlags {
  split?: string;
  mode?: 'lexical' | 'dense' | 'hybrid';
  limit?: string;
  part: string;
  json?: boolean;
}

const formsHelp = `
Forms:
  switchboard eval answers <dir> --split <name> [--mode <mode>] [--limit <n>] [--json]
    A BEIR-layout dataset with answers.jsonl ({query_id, answer}): ROUGE-L, faithfulness, answer rate and
    latency of the retrieval, gold-passage and full stages.
  switchboard eval answers <file.yaml> [--workspace <dir>] [--json]
    A list of cases (id, turns, expect.cites, reference), each run through the pipeline of 'switchboard ask'
    on the workspace (default: the folder that holds the file's evals/ folder; ingested first when its store
    is empty), earlier turns as the conversation. Per case: ROUGE-L against the reference and the rubric
    checks (cites_expected, steps_complete_in_order, no_cross_reference_only, no_unrelated_source,
    no_stale_citation, answered); then the mean ROUGE-L, answer rate and each check's pass rate.

An LLM answers when SWITCHBOARD_LLM_* (or llm in switchboard.yaml) is set; otherwise the extractive composer.`;

export function registerAnswersEvalCommand(program: Command): Command {
  // `eval` may already exist (retrieval registers it); answers is one more stage under it.
  const evaluate = parentCommand(program, 'eval', 'evaluate a pipeline stage offline');
  evaluate
    .command('answers')
    .description('answer metrics on a BEIR dataset folder, or on a YAML file of answer cases for a workspace')
    .addHelpText('after', formsHelp)
    .argument('<dir|file.yaml>', 'BEIR dataset folder, or a YAML file of answer cases')
    .option('--split <name>', 'BEIR only, required there: qrels split to score, e.g. dev')
    .option('--mode <mode>', 'BEIR only: lexical, dense or hybrid (default: retrieval.mode in config)')
    .option('--limit <n>', 'BEIR only: evaluate only the first n judged questions')
    .option('--part <part>', 'tune, check or all (default): score one part of the tune/check split (docs/benchmarks.md)', 'all')
    .option('--json', 'print the metrics as one JSON object ({cases, summary} for a case file)')
    .action(async (target: string, options: AnswersEvalFlags, command: Command) => {
      if (!['tune', 'check', 'all'].includes(options.part))
        throw new SwitchboardError('VALIDATION_FAILED', `--part must be tune, check or all, got '${options.part}'`);
      const part = options.part as EvaluationPart | 'all';
      if (isAnswerCaseFile(target)) {
        const beirOnly = (['split', 'mode', 'limit'] as const).filter((name) => options[name] !== undefined);
        if (beirOnly.length > 0)
          throw new SwitchboardError(
            'VALIDATION_FAILED',
            `--${beirOnly.join(', --')}: only for a BEIR dataset folder, not for a case file`,
          );
        const caseBar = options.json ? null : createProgressBar(process.stderr, 'eval ');
        const caseFile = readAnswerCases(target);
        // The workspace above the file's evals/ folder unless --workspace names one; ingested first when its store is empty.
        const report = await withWorkspace(workspaceOption(command) ?? workspaceOfCaseFile(target), async (workspace) => {
          await ensureIngested(workspace);
          return runAnswerCases({
            caseFile,
            part,
            onProgress: (done, total, label) => caseBar?.update(done, total, label),
            workspace: {
              dir: workspace.dir,
              documents: await workspace.stores.knowledge.listDocuments(),
              answerer: resolveLlmSettings(workspace.config.llm, process.env)?.model ?? 'extractive',
              createPipeline: async () => createPipeline(workspace, await buildWorkspaceRetriever(workspace)),
            },
          });
        });
        caseBar?.finish();
        return options.json
          ? printJson({ cases: report.cases, summary: report.summary, part: report.part })
          : printAnswerCasesReport(target, report);
      }
      if (options.split === undefined)
        throw new SwitchboardError('VALIDATION_FAILED', `--split is required for a BEIR dataset folder, e.g. --split dev`);
      const limit = options.limit === undefined ? undefined : Number(options.limit);
      if (limit !== undefined && !(Number.isInteger(limit) && limit > 0))
        throw new SwitchboardError('VALIDATION_FAILED', `--limit must be a positive whole number, got '${options.limit}'`);
      const bar = options.json ? null : createProgressBar(process.stderr, 'eval ');
      const result = await runAnswersEval({
        dir: target,
        split: options.split,
        config: loadConfig(workspaceDir(command)),
        mode: options.mode,
        llm: llmSettingsFromEnvironment(process.env),
        limit,
        part,
        onProgress: (done, total, label) => bar?.update(done, total, label),
      });
      bar?.finish();
      if (options.json) return printJson(result);
      const { retrieval, gold_passage: gold, full } = result.stages;
      printLine(
        `${target} (split ${options.split}, part ${part}): ${result.queries} questions answered by ${result.answerer}, context of ${result.k} chunks`,
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
