/** The LLM judge's part of the `eval run --judge` text report: each case's score and grades, then the run's mean. */
import type { EvalRun } from '@switchboard/evaluation';
import { formatMetric, printLine } from '../output.js';

export function printJudgement(run: EvalRun): void {
  if (!run.judge) return;
  printLine();
  for (const { id, judge } of run.cases) {
    if (!judge) continue;
    if (!judge.ok) {
      printLine(`JUDGE FAILED  ${id}: ${judge.failure}`);
      continue;
    }
    printLine(`judge ${formatMetric(judge.score)}  ${id}: ${judge.grades.map((grade) => `${grade.name} ${grade.score}/5`).join(', ')}`);
    for (const grade of judge.grades.filter((grade) => grade.score <= 3)) printLine(`      ${grade.name}: ${grade.reason}`);
  }
  const { model, rubric, meanScore, failures } = run.judge;
  printLine(
    `judge ${model} (${rubric ?? 'default rubric'}): mean score ${formatMetric(meanScore)}, ${failures} judge failure(s) counted as 0`,
  );
}
