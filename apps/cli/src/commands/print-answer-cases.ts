/** The text report of `eval answers <file.yaml>`: one row per case, then the summary. */
import { rubricCheckNames } from '@switchboard/core/evaluation';
import { formatTable, printLine } from '../output.js';
import type { AnswerCasesReport } from '@switchboard/evaluation';

export function printAnswerCasesReport(file: string, report: AnswerCasesReport): void {
  const { cases, summary } = report;
  printLine(`${file}: ${summary.cases} cases answered by ${report.answerer} on the workspace ${report.workspace}`);
  printLine();
  printLine(
    formatTable(
      ['case', 'rouge_l', 'failed checks'],
      cases.map((result) => [result.id, result.rouge_l.toFixed(4), result.failed.length > 0 ? result.failed.join(', ') : '-']),
    ),
  );
  printLine();
  printLine(
    formatTable(
      ['summary', 'value', 'cases'],
      [
        ['rouge_l (mean)', summary.rouge_l.toFixed(4), String(summary.cases)],
        ['answer_rate', summary.answer_rate.toFixed(4), String(summary.cases)],
        ['all_checks_passed', summary.all_checks_passed.toFixed(4), String(summary.cases)],
        ...rubricCheckNames.map((name) => [
          name,
          summary.pass_rate[name] === null ? '-' : summary.pass_rate[name].toFixed(4),
          String(summary.applicable[name]),
        ]),
      ],
    ),
  );
}
