/**
 * `eval run --probes`: after the run, every case's robustness variants (typos, casing, politeness, word order, a
 * greeting in another language) are played on a fresh scratch copy and compared with the case as the run played it.
 */
import { playProbes, playSuiteCase, readEvalSuite, type EvalRun, type PlayedCase, type SuiteCase } from '@switchboard/evaluation';
import { summarizeConsistency, type CaseConsistency, type ConsistencySummary } from '@switchboard/core/evaluation';
import { formatMetric, formatTable, printLine } from './output.js';
import { createSuiteWorkspace } from './suite-workspace.js';
import type { Workspace } from './workspace.js';

export interface ProbeReport {
  readonly summary: ConsistencySummary;
  readonly cases: readonly (CaseConsistency & { readonly suite: string })[];
}

/**
 * Plays the variants of every case of `suites` (the files the run read), each compared with the conversation the run
 * itself played for the case, so the case is not played twice.
 */
export async function runWorkspaceProbes(
  workspace: Workspace,
  run: EvalRun,
  suites: readonly string[],
  onProgress?: (done: number, total: number, label: string) => void,
): Promise<ProbeReport> {
  const files = suites.map((file) => readEvalSuite(file, workspace.dir));
  const all = files.flatMap((suite) => suite.cases.map((testCase) => ({ suite: suite.file, testCase })));
  const scratch = await createSuiteWorkspace(workspace).openScratch();
  try {
    const play = (turns: readonly string[], testCase: SuiteCase): Promise<PlayedCase> =>
      playSuiteCase(scratch.openCase(), { ...testCase, turns });
    const cases: (CaseConsistency & { suite: string })[] = [];
    for (const [index, { suite, testCase }] of all.entries()) {
      onProgress?.(index, all.length, testCase.id);
      const original = run.cases.find((result) => result.suite === suite && result.id === testCase.id)?.played;
      const { consistency } = await playProbes(testCase, play, original ? { original } : {});
      cases.push({ ...consistency, suite });
    }
    onProgress?.(all.length, all.length, '');
    return { summary: summarizeConsistency(cases), cases };
  } finally {
    await scratch.close();
  }
}

export function printProbeReport(report: ProbeReport): void {
  const { summary } = report;
  printLine();
  printLine(
    `probes: ${summary.kept}/${summary.variants} variants kept the intent and handoff decision of their case ` +
      `(consistency ${formatMetric(summary.rate)}; intent ${formatMetric(summary.intentRate)}, handoff ${formatMetric(summary.handoffRate)})`,
  );
  printLine();
  printLine(
    formatTable(
      ['rule', 'variants', 'kept', 'consistency'],
      Object.entries(summary.byRule).map(([rule, counts]) => [
        rule,
        String(counts.variants),
        String(counts.kept),
        formatMetric(counts.rate),
      ]),
    ),
  );
  const changed = report.cases.filter((entry) => entry.rate !== null && entry.rate < 1);
  if (changed.length === 0) return;
  printLine();
  for (const entry of changed) {
    printLine(`${entry.id}: ${formatMetric(entry.rate)}`);
    for (const variant of entry.variants.filter((candidate) => !candidate.kept))
      printLine(`      ${variant.rule}: ${variant.changes.join('; ')}`);
  }
}
