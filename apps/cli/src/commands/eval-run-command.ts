/**
 * `switchboard eval run [suite…]`: plays the workspace's golden suites through the real pipeline on a scratch copy of
 * its data, prints each case's verdict and the aggregates, and stores the run; `switchboard eval runs` lists them.
 * The exit code says whether the run completed; whether cases passed is for `eval gate`.
 */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { renderEvalReport, type EvalRun } from '@switchboard/evaluation';
import { SwitchboardError } from '@switchboard/spec';
import { runWorkspaceProbes, printProbeReport } from '../eval-probes.js';
import { runWorkspaceSuites, workspaceSuiteFiles } from '../eval-suites.js';
import { workspaceSuiteJudge } from '../evaluation-models.js';
import { formatTable, printJson, printLine } from '../output.js';
import { createProgressBar } from '../progress-bar.js';
import { withWorkspace } from '../workspace.js';
import { workspaceDir } from './command-context.js';
import { parentCommand } from './parent-command.js';
import { printEvalRun } from './print-eval-run.js';
import { printJudgement } from './print-judgement.js';

interface RunFlags {
  json?: boolean;
  html?: string;
  baseline?: string;
  probes?: boolean;
  judge?: boolean;
}

export function registerEvalRunCommands(program: Command): Command {
  const evaluate = parentCommand(program, 'eval', 'evaluate a pipeline stage offline');
  evaluate
    .command('run')
    .description("play the workspace's golden suites (evals/*.yaml) on a scratch copy of its data and store the run")
    .argument('[suite...]', 'suite files (default: every evals/*.yaml of the workspace)')
    .option('--json', 'print {runId, cases: [{id, passed, reasons}], aggregates} as JSON')
    .option('--html <file>', 'also write the run as one self-contained HTML report')
    .option('--baseline <runId>', 'a stored run (eval runs), or latest: list every case that passed there and fails now')
    .option(
      '--probes',
      "also play each case's variants (typos, casing, politeness, word order, a foreign greeting) and report their consistency",
    )
    .option('--judge', 'also have the configured LLM grade each case against evals/rubric.yaml (or the default rubric)')
    .action(async (suites: string[], flags: RunFlags, command: Command) => {
      const bar = flags.json ? null : createProgressBar(process.stderr, 'eval ');
      const { run, probes } = await withWorkspace(workspaceDir(command), async (workspace) => {
        const run = await runWorkspaceSuites(workspace, {
          suites,
          ...(flags.baseline === undefined ? {} : { baselineRunId: flags.baseline }),
          ...(flags.judge ? { judge: workspaceSuiteJudge(workspace) } : {}),
          onProgress: (done, total, label) => bar?.update(done, total, label),
        });
        const files = suites.length > 0 ? suites : workspaceSuiteFiles(workspace.dir);
        const probes = flags.probes
          ? await runWorkspaceProbes(workspace, run, files, (done, total, label) => bar?.update(done, total, label))
          : null;
        return { run, probes };
      });
      bar?.finish();
      if (flags.html !== undefined) writeReport(flags.html, run);
      if (flags.json) return printJson({ ...runJson(run), ...(probes ? { probes } : {}) });
      printEvalRun(run);
      if (run.judge) printJudgement(run);
      if (probes) printProbeReport(probes);
      if (flags.html !== undefined) printLine(`\nreport: ${flags.html}`);
    });
  evaluate
    .command('runs')
    .description('list the stored golden-suite runs, newest first')
    .option('--limit <n>', 'only the newest n runs')
    .option('--json', 'print the runs as a JSON list')
    .action(async (flags: { json?: boolean; limit?: string }, command: Command) => {
      const limit = flags.limit === undefined ? undefined : Number(flags.limit);
      if (limit !== undefined && !(Number.isInteger(limit) && limit > 0))
        throw new SwitchboardError('VALIDATION_FAILED', `--limit must be a positive whole number, got '${flags.limit}'`);
      const runs = await withWorkspace(workspaceDir(command), (workspace) => workspace.stores.evalRuns.list(limit));
      const listed = runs.map(({ body: _body, ...columns }) => columns);
      if (flags.json) return printJson(listed);
      if (listed.length === 0) return printLine("no runs yet: 'switchboard eval run' plays the suites and stores one");
      printLine(
        formatTable(
          ['run', 'started', 'config', 'knowledge', 'commit', 'passed'],
          listed.map((run) => [
            run.runId,
            run.startedAt,
            run.configHash,
            String(run.knowledgeVersion),
            run.gitCommit?.slice(0, 12) ?? '-',
            `${run.casesPassed}/${run.casesTotal}`,
          ]),
        ),
      );
    });
  return evaluate;
}

/** The `--json` shape (issue 19): `{runId, cases: [{id, passed, reasons}], aggregates}`, with the suites and baseline. */
function runJson(run: EvalRun): Record<string, unknown> {
  return {
    runId: run.runId,
    suites: run.suites,
    cases: run.cases.map(({ id, suite, passed, reasons, judge }) => ({ id, suite, passed, reasons, ...(judge ? { judge } : {}) })),
    aggregates: run.aggregates,
    ...(run.baseline ? { baseline: run.baseline } : {}),
    ...(run.warnings ? { warnings: run.warnings } : {}),
    ...(run.judge ? { judge: run.judge } : {}),
  };
}

function writeReport(file: string, run: EvalRun): void {
  try {
    writeFileSync(file, renderEvalReport(run));
  } catch (error) {
    throw new SwitchboardError('VALIDATION_FAILED', `--html ${file}: cannot write the report (${(error as Error).message})`, {
      cause: error,
    });
  }
}
