/** The text report of `simulate conversations`: each conversation PASS or FAIL with the judge's reasons, then the rates. */
import type { EvalRun } from '@switchboard/evaluation';
import { formatMetric, formatTable, printLine } from '../output.js';

export function printSimulation(run: EvalRun): void {
  for (const result of run.cases) {
    const { simulation } = result;
    const ending = simulation ? ` (${simulation.persona}, ${result.turns?.length ?? 0} turn(s), ended: ${simulation.endedBy})` : '';
    printLine(`${result.passed ? 'PASS' : 'FAIL'}  ${result.id}${ending}`);
    for (const reason of result.reasons) printLine(`      ${reason}`);
  }
  printLine();
  const summary = run.simulation;
  printLine(`run ${run.runId}: ${run.aggregates.passed}/${run.aggregates.cases} conversations passed (${run.suites.join(', ')})`);
  if (!summary) return;
  printLine(`customer model ${summary.customerModel}, judge ${summary.judgeModel}, at most ${summary.maxTurns} turn(s) each`);
  printLine();
  printLine(
    formatTable(
      ['measure', 'value'],
      [
        ['goalCompletionRate', formatMetric(summary.goalCompletionRate)],
        ['policyComplianceRate', formatMetric(summary.policyComplianceRate)],
        ['handoffAccuracy', formatMetric(summary.handoffAccuracy)],
        ['judgeFailures', String(summary.judgeFailures)],
        ['customerFailures', String(summary.customerFailures)],
      ],
    ),
  );
}
