/**
 * `eval run --html` / `eval gate --html`: one self-contained HTML file for a run — the aggregates against the acceptance
 * criteria, a reliability diagram, a latency histogram, the intent confusion table and every failed case with its
 * transcript and trace. Inline CSS and SVG only, no script and no request: it opens offline, attached to a CI job.
 */
import { criterionNames, type CriterionName } from '@switchboard/spec';
import type { CriterionResult } from '@switchboard/core/evaluation';
import { latencyHistogram, reliabilityDiagram } from './eval-report-charts.js';
import { caseAnchor, renderFailedCase } from './eval-report-cases.js';
import { formatReportNumber, html, htmlTable, type SafeHtml } from './eval-report-html.js';
import { intentConfusion, intentOutcomes } from './eval-report-intents.js';
import { reportStyle } from './eval-report-style.js';
import type { EvalRun } from './suite-types.js';

function verdict(result: CriterionResult | undefined): SafeHtml | string {
  if (result === undefined) return '';
  return result.passed ? html`<span class="pass">PASS</span>` : html`<span class="fail">FAIL</span> ${result.reason}`;
}

/** Every aggregate a criterion can name, its value, and the criterion on it with its verdict where one was declared. */
function aggregatesTable(run: EvalRun, criteria: readonly CriterionResult[]): SafeHtml {
  const byName = new Map<CriterionName, CriterionResult>(criteria.map((result) => [result.name, result]));
  const shown = criterionNames.filter((name) => name !== 'regressions' || run.baseline !== undefined || byName.has(name));
  const valueOf = (name: CriterionName): number | null | undefined =>
    name === 'regressions' ? (run.baseline?.regressions.length ?? null) : run.aggregates[name];
  const rows = shown.map((name) => {
    const result = byName.get(name);
    return [
      html`<code>${name}</code>`,
      formatReportNumber(result ? result.value : valueOf(name)),
      result ? `${result.operator} ${formatReportNumber(result.threshold)}` : '',
      verdict(result),
    ];
  });
  return htmlTable(['aggregate', 'value', 'criterion', 'verdict'], rows, 'aggregates');
}

function handoffByReason(run: EvalRun): SafeHtml | null {
  const reasons = Object.entries(run.aggregates.handoffByReason).sort(([a], [b]) => a.localeCompare(b));
  if (reasons.length === 0) return null;
  return html`<h3>Handoffs by reason</h3>
    ${htmlTable(
      ['reason', 'precision', 'recall'],
      reasons.map(([reason, scores]) => [reason, formatReportNumber(scores.precision), formatReportNumber(scores.recall)]),
    )}`;
}

function summary(run: EvalRun, criteria: readonly CriterionResult[] | undefined): SafeHtml {
  const failed = criteria?.filter((result) => !result.passed) ?? [];
  const gate =
    criteria === undefined || criteria.length === 0
      ? null
      : failed.length === 0
        ? html`<p class="banner pass">Gate PASS: all ${criteria.length} criteria met.</p>`
        : html`<p class="banner fail">
            Gate FAIL: ${failed.map((result) => result.name).join(', ')} (${failed.length} of ${criteria.length} criteria).
          </p>`;
  const facts: [string, string][] = [
    ['cases', `${run.aggregates.passed} of ${run.aggregates.cases} passed`],
    ['suites', run.suites.join(', ')],
    ['started', run.startedAt],
    ['finished', run.finishedAt],
    ['configuration', run.configHash],
    ['knowledge version', String(run.knowledgeVersion)],
    ['git commit', run.gitCommit ?? '(not in a repository)'],
    ['baseline', run.baseline?.runId ?? '(none)'],
  ];
  return html`${gate}
    <dl class="facts-list">
      ${facts.map(
        ([term, value]) =>
          html`<dt>${term}</dt>
            <dd>${value}</dd>`,
      )}
    </dl>`;
}

function regressions(run: EvalRun): SafeHtml | null {
  if (run.baseline === undefined) return null;
  const ids = run.baseline.regressions;
  const anchors = new Map(run.cases.map((result) => [result.id, caseAnchor(result)]));
  return html`<section id="regressions">
    <h2>Regressions against ${run.baseline.runId} (${ids.length})</h2>
    ${
      ids.length === 0
        ? html`<p class="empty">No case that passed in the baseline fails now.</p>`
        : html`<ul>
            ${ids.map(
              (id) =>
                html`<li>
                  <a href="#${anchors.get(id) ?? ''}"><code>${id}</code></a>
                </li>`,
            )}
          </ul>`
    }
  </section>`;
}

/** The report as one HTML document; `criteria` are the gate's verdicts, left out by a plain `eval run`. */
export function renderEvalReport(run: EvalRun, criteria?: readonly CriterionResult[]): string {
  const failed = run.cases.filter((result) => !result.passed);
  const passed = run.cases.filter((result) => result.passed);
  const outcomes = intentOutcomes(run.cases);
  const milliseconds = run.cases.flatMap((result) => result.played.replies.map((reply) => reply.milliseconds));
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Switchboard eval run ${run.runId}</title>
        <style>
          ${reportStyle}
        </style>
      </head>
      <body>
        <h1>Eval run <code>${run.runId}</code></h1>
        ${summary(run, criteria)}
        <section id="aggregates">
          <h2>Aggregates${criteria && criteria.length > 0 ? ' against criteria' : ''}</h2>
          ${aggregatesTable(run, criteria ?? [])} ${handoffByReason(run)}
        </section>
        ${regressions(run)}
        <section id="reliability">
          <h2>Intent confidence: reliability diagram</h2>
          <p>
            ${outcomes.filter((outcome) => outcome.predicted !== null).length} cases with an expected intent and a predicted one, in ten
            confidence bins; ECE ${formatReportNumber(run.aggregates.intentEce)}. Bars at the diagonal are well calibrated; below it,
            overconfident.
          </p>
          ${reliabilityDiagram(outcomes)}
        </section>
        <section id="latency">
          <h2>Latency per reply</h2>
          <p>
            ${milliseconds.length} replies; p50 ${formatReportNumber(run.aggregates.p50Ms)} ms, p95
            ${formatReportNumber(run.aggregates.p95Ms)} ms.
          </p>
          ${latencyHistogram(milliseconds, run.aggregates.p50Ms, run.aggregates.p95Ms)}
        </section>
        <section id="confusion">
          <h2>Intents: expected × predicted</h2>
          ${intentConfusion(outcomes)}
        </section>
        <section id="failures">
          <h2>Failed cases (${failed.length})</h2>
          ${failed.length === 0 ? html`<p class="empty">Every case passed.</p>` : failed.map(renderFailedCase)}
        </section>
        <section id="passed">
          <h2>Passed cases (${passed.length})</h2>
          <p class="ids">${passed.map((result, i) => html`${i > 0 ? ', ' : ''}<code>${result.id}</code>`)}</p>
        </section>
      </body>
    </html> `.markup;
}
