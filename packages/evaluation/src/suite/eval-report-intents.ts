/** The HTML report's intent view: each case's expected and chosen intent, and the expected × predicted confusion table. */
import { html, type SafeHtml } from './eval-report-html.js';
import type { CaseResult } from './suite-types.js';

/** A case that expects an intent, and what the classifier chose for its last customer turn. */
export interface IntentOutcome {
  readonly caseId: string;
  readonly expected: string;
  /** The chosen label; null when the turn got no intent (no intent model). */
  readonly predicted: string | null;
  /** The calibrated confidence of the chosen label; 0 when none was chosen. */
  readonly confidence: number;
}

/** Shown for a turn the classifier gave no intent. */
const noIntent = '(none)';

/**
 * The intent checked is the last reply's, as `expect.intent` says and the run's intentAccuracy and intentEce read it;
 * cases without an expected intent are not counted.
 */
export function intentOutcomes(cases: readonly CaseResult[]): IntentOutcome[] {
  return cases.flatMap((result) => {
    const expected = result.expect?.intent;
    if (expected === undefined) return [];
    const intent = result.played.replies.at(-1)?.intent ?? null;
    return [{ caseId: result.id, expected, predicted: intent?.label ?? null, confidence: intent?.confidence ?? 0 }];
  });
}

/**
 * Rows are expected intents, columns the chosen ones, each cell a count of cases; the diagonal (right) and the cells
 * off it (confused) are marked, and each row ends with its accuracy.
 */
export function intentConfusion(outcomes: readonly IntentOutcome[]): SafeHtml {
  if (outcomes.length === 0) return html`<p class="empty">No case expects an intent.</p>`;
  const expected = [...new Set(outcomes.map((outcome) => outcome.expected))].sort();
  const predicted = [...new Set([...expected, ...outcomes.map((outcome) => outcome.predicted ?? noIntent)])].sort();
  const count = (row: string, column: string): number =>
    outcomes.filter((outcome) => outcome.expected === row && (outcome.predicted ?? noIntent) === column).length;
  return html`<table class="confusion">
    <thead>
      <tr>
        <th>expected ↓ predicted →</th>
        ${predicted.map((label) => html`<th>${label}</th>`)}
        <th>accuracy</th>
      </tr>
    </thead>
    <tbody>
      ${expected.map((row) => {
        const total = outcomes.filter((outcome) => outcome.expected === row).length;
        return html`<tr>
          <th>${row}</th>
          ${predicted.map((column) => {
            const cases = count(row, column);
            const kind = cases === 0 ? 'zero' : row === column ? 'right' : 'confused';
            return html`<td class="${kind}">${cases}</td>`;
          })}
          <td>${`${count(row, row)}/${total}`}</td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}
