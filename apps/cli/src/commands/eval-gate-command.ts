/**
 * `switchboard eval gate [suite…]`: plays the golden suites (the same run `eval run` stores) and holds it to the
 * acceptance criteria declared in `release.criteria`. Exit 0 when every criterion passes, 1 when any fails, 64 (usage)
 * when none is declared — so a CI step fails on a worse bot and on a gate that checks nothing.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { configFileName } from '@switchboard/config';
import {
  evaluateCriteria,
  formatCriterionValue,
  parseCriteria,
  type CriterionResult,
  type CriterionValues,
} from '@switchboard/core/evaluation';
import { renderEvalReport, type EvalRun } from '@switchboard/evaluation';
import { SwitchboardError } from '@switchboard/spec';
import { runWorkspaceSuites, type WorkspaceSuiteOptions } from '../eval-suites.js';
import { formatTable, printJson, printLine } from '../output.js';
import { createProgressBar } from '../progress-bar.js';
import { withWorkspace, type Workspace } from '../workspace.js';
import { workspaceDir } from './command-context.js';
import { parentCommand } from './parent-command.js';

interface GateFlags {
  baseline?: string;
  json?: boolean;
  html?: string;
}

export function registerEvalGateCommand(program: Command): Command {
  const evaluate = parentCommand(program, 'eval', 'evaluate a pipeline stage offline');
  evaluate
    .command('gate')
    .description('play the golden suites and check the run against release.criteria; exit 1 when any criterion fails')
    .argument('[suite...]', 'suite files (default: every evals/*.yaml of the workspace)')
    .option('--baseline <runId>', 'a stored run (eval runs), or latest, to count regressions against: cases that passed there and fail now')
    .option('--json', 'print {runId, criteria: [{name, operator, threshold, value, passed, reason}], passed, regressions} as JSON')
    .option('--html <file>', 'also write the run and the verdicts as one self-contained HTML report')
    .action(async (suites: string[], flags: GateFlags, command: Command) => {
      const bar = flags.json ? null : createProgressBar(process.stderr, 'gate ');
      const { run, results, passed } = await withWorkspace(workspaceDir(command), (workspace) =>
        runGate(workspace, {
          suites,
          ...(flags.baseline === undefined ? {} : { baselineRunId: flags.baseline }),
          onProgress: (done, total, label) => bar?.update(done, total, label),
        }),
      );
      bar?.finish();
      if (flags.html !== undefined) writeGateReport(flags.html, run, results);
      if (flags.json)
        printJson({
          runId: run.runId,
          criteria: results,
          passed,
          baseline: run.baseline?.runId ?? null,
          regressions: run.baseline?.regressions ?? [],
        });
      else printGate(run, results, passed, flags.html);
      if (!passed) process.exitCode = 1;
    });
  return evaluate;
}

/** A played gate: the stored run, each criterion's verdict, and whether all passed. */
export interface GateOutcome {
  readonly run: EvalRun;
  readonly results: readonly CriterionResult[];
  readonly passed: boolean;
}

/**
 * Plays the suites (the run is stored) and holds the run to `release.criteria`: what `eval gate` prints and `release
 * create` requires. VALIDATION_FAILED before playing anything when no criterion is declared.
 */
export async function runGate(workspace: Workspace, options: WorkspaceSuiteOptions): Promise<GateOutcome> {
  // Checked before playing anything: a gate without criteria would pass whatever the bot does.
  const criteria = parseCriteria(workspace.config.release.criteria);
  if (criteria.length === 0)
    throw new SwitchboardError(
      'VALIDATION_FAILED',
      `${join(workspace.dir, configFileName)}: no acceptance criteria to gate on; declare them under release.criteria, ` +
        `e.g. release: { criteria: { faithfulness: ">= 0.98", regressions: "== 0" } } (docs/evaluation.md)`,
    );
  const run = await runWorkspaceSuites(workspace, options);
  const results = evaluateCriteria(criteria, criterionValues(run));
  return { run, results, passed: results.every((result) => result.passed) };
}

/** The run's aggregates, with regressions counted from the baseline's list (undefined without a baseline). */
function criterionValues(run: EvalRun): CriterionValues {
  return { ...run.aggregates, regressions: run.baseline?.regressions.length };
}

function printGate(run: EvalRun, results: readonly CriterionResult[], passed: boolean, htmlFile: string | undefined): void {
  const { aggregates } = run;
  printLine(`run ${run.runId}: ${aggregates.passed}/${aggregates.cases} cases passed (${run.suites.join(', ')})`);
  printLine();
  printLine(
    formatTable(
      ['criterion', 'value', 'threshold', 'verdict'],
      results.map((result) => [
        result.name,
        result.value === null ? '-' : formatCriterionValue(result.value),
        `${result.operator} ${formatCriterionValue(result.threshold)}`,
        result.passed ? 'PASS' : `FAIL  ${result.reason ?? ''}`,
      ]),
    ),
  );
  if (run.baseline) {
    const { runId, regressions } = run.baseline;
    printLine();
    printLine(
      regressions.length === 0
        ? `regressions since ${runId}: none`
        : `regressions since ${runId} (${regressions.length}): ${regressions.join(', ')}`,
    );
  }
  if (htmlFile !== undefined) printLine(`\nreport: ${htmlFile}`);
  const failed = results.filter((result) => !result.passed);
  printLine();
  printLine(
    passed
      ? `gate PASS: all ${results.length} criteria met`
      : `gate FAIL: ${failed.map((result) => result.name).join(', ')} (${failed.length} of ${results.length} criteria)`,
  );
}

function writeGateReport(file: string, run: EvalRun, results: readonly CriterionResult[]): void {
  try {
    writeFileSync(file, renderEvalReport(run, results));
  } catch (error) {
    throw new SwitchboardError('VALIDATION_FAILED', `--html ${file}: cannot write the report (${(error as Error).message})`, {
      cause: error,
    });
  }
}
