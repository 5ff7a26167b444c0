/** The text report of `eval run`: each case PASS or FAIL with its reasons, then the aggregates and the baseline's regressions. */
import type { EvalRun, SuiteAggregates } from '@switchboard/evaluation';
import { formatMetric, formatTable, printLine } from '../output.js';

export function printEvalRun(run: EvalRun): void {
  const several = run.suites.length > 1;
  for (const result of run.cases) {
    printLine(`${result.passed ? 'PASS' : 'FAIL'}  ${several ? `${result.suite}: ` : ''}${result.id}`);
    for (const reason of result.reasons) printLine(`      ${reason}`);
  }
  printLine();
  const { aggregates } = run;
  printLine(
    `run ${run.runId}: ${aggregates.passed}/${aggregates.cases} cases passed (${run.suites.join(', ')}; config ${run.configHash}, ` +
      `knowledge version ${run.knowledgeVersion}, commit ${run.gitCommit?.slice(0, 12) ?? 'none'})`,
  );
  printLine();
  printLine(formatTable(['aggregate', 'value'], aggregateRows(aggregates)));
  const reasons = Object.entries(aggregates.handoffByReason);
  if (reasons.length > 0) {
    printLine();
    printLine(
      formatTable(
        ['handoff reason', 'precision', 'recall'],
        reasons.map(([reason, { precision, recall }]) => [reason, formatMetric(precision), formatMetric(recall)]),
      ),
    );
  }
  if (run.baseline) {
    printLine();
    const { runId, regressions } = run.baseline;
    printLine(
      regressions.length === 0
        ? `baseline ${runId}: no case that passed there fails now`
        : `baseline ${runId}: ${regressions.length} case(s) passed there and fail now: ${regressions.join(', ')}`,
    );
  }
}

function aggregateRows(aggregates: SuiteAggregates): string[][] {
  const milliseconds = (value: number | null) => (value === null ? '-' : value.toFixed(1));
  return [
    ['passRate', formatMetric(aggregates.passRate)],
    ['answerRate', formatMetric(aggregates.answerRate)],
    ['faithfulness', formatMetric(aggregates.faithfulness)],
    ['citationAccuracy', formatMetric(aggregates.citationAccuracy)],
    ['intentAccuracy', formatMetric(aggregates.intentAccuracy)],
    ['intentEce', formatMetric(aggregates.intentEce)],
    ['handoffPrecision', formatMetric(aggregates.handoffPrecision)],
    ['handoffRecall', formatMetric(aggregates.handoffRecall)],
    ['unloggedActionClaimRate', formatMetric(aggregates.unloggedActionClaimRate)],
    ['p50Ms', milliseconds(aggregates.p50Ms)],
    ['p95Ms', milliseconds(aggregates.p95Ms)],
    ['costUsd', aggregates.costUsd.toFixed(6)],
    ...(aggregates.regressions === undefined ? [] : [['regressions', String(aggregates.regressions)]]),
  ];
}
