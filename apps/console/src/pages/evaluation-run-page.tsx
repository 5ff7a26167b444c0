/**
 * Admin: one stored eval run, as `eval run --html` reports it — the aggregates against the configured criteria, handoffs
 * by reason, a reliability diagram, a latency histogram, the intent confusion table and every failed case.
 */
import { useMemo } from 'react';
import { useSession } from '../api/session-context';
import type { EvalRunDetail } from '../api/eval-run-types';
import { useResource } from '../api/use-resource';
import { ErrorMessage } from '../components/error-message';
import { EvalFailedCase } from '../components/eval-failed-case';
import { Link } from '../components/link';
import { Loading } from '../components/loading';
import { UplotChart } from '../components/uplot-chart';
import { intentOutcomes, latencyChart, reliabilityChart } from '../evaluations/eval-run-charts';
import { aggregateRows, confusionTable, handoffReasonRows } from '../evaluations/eval-run-tables';
import { formatMilliseconds } from '../format/format-duration';
import { formatDateTime, formatScore } from '../format/format-value';
import { useDocumentTitle } from '../hooks/use-document-title';
import { pathOf } from '../routing/routes';

const formatValue = (value: number | null): string => (value === null ? '—' : Number.isInteger(value) ? String(value) : formatScore(value));

export function EvaluationRunPage({ id }: { readonly id: string }) {
  useDocumentTitle(`Eval run ${id}`);
  const { api } = useSession();
  const run = useResource(`evaluation-run-${id}`, (signal) =>
    api.get<EvalRunDetail>(`/v1/evaluations/runs/${encodeURIComponent(id)}`, signal),
  );
  return (
    <>
      <p>
        <Link href={pathOf({ page: 'evaluations' })}>← All eval runs</Link>
      </p>
      <h1>
        Eval run <code>{id}</code>
      </h1>
      <ErrorMessage error={run.error} action="The eval run could not be loaded" />
      {run.loading ? <Loading what="the eval run" /> : null}
      {run.data ? <RunReport run={run.data} /> : null}
    </>
  );
}

function RunReport({ run }: { readonly run: EvalRunDetail }) {
  const outcomes = useMemo(() => intentOutcomes(run.cases), [run]);
  const charts = useMemo(() => ({ reliability: reliabilityChart(outcomes), latency: latencyChart(run) }), [run, outcomes]);
  const confusion = confusionTable(outcomes);
  const failing = run.criteria.filter((criterion) => !criterion.passed);
  const failed = run.cases.filter((result) => !result.passed);
  const reasons = handoffReasonRows(run);
  const predicted = outcomes.filter((outcome) => outcome.predicted !== null).length;
  return (
    <>
      {run.criteria.length > 0 ? (
        <p role="status" className={failing.length === 0 ? 'notice' : 'error'}>
          {failing.length === 0
            ? `Gate PASS: all ${run.criteria.length} criteria met.`
            : `Gate FAIL: ${failing.map((criterion) => criterion.name).join(', ')} (${failing.length} of ${run.criteria.length} criteria).`}
        </p>
      ) : (
        <p className="muted">No acceptance criteria are configured (release.criteria in switchboard.yaml).</p>
      )}
      <p className="muted">
        {run.aggregates.passed} of {run.aggregates.cases} cases passed · {run.suites.join(', ')} · started {formatDateTime(run.startedAt)} ·
        configuration <code>{run.configHash}</code> · knowledge version {run.knowledgeVersion} · commit{' '}
        {run.gitCommit ? <code>{run.gitCommit.slice(0, 12)}</code> : 'none'} · baseline {run.baseline?.runId ?? 'none'}
      </p>
      <h2>Aggregates{run.criteria.length > 0 ? ' against criteria' : ''}</h2>
      <div className="table-scroll">
        <table className="list">
          <thead>
            <tr>
              <th scope="col">Aggregate</th>
              <th scope="col">Value</th>
              <th scope="col">Criterion</th>
              <th scope="col">Verdict</th>
            </tr>
          </thead>
          <tbody>
            {aggregateRows(run).map((row) => (
              <tr key={row.name}>
                <th scope="row">
                  <code>{row.name}</code>
                </th>
                <td className="number">{formatValue(row.value)}</td>
                <td>{row.criterion ? `${row.criterion.operator} ${formatValue(row.criterion.threshold)}` : ''}</td>
                <td>
                  {row.criterion ? (
                    <>
                      <span className={`badge verdict-${String(row.criterion.passed)}`}>{row.criterion.passed ? 'PASS' : 'FAIL'}</span>{' '}
                      {row.criterion.reason ?? ''}
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {reasons.length > 0 ? (
        <>
          <h3>Handoffs by reason</h3>
          <table className="list">
            <thead>
              <tr>
                <th scope="col">Reason</th>
                <th scope="col">Precision</th>
                <th scope="col">Recall</th>
              </tr>
            </thead>
            <tbody>
              {reasons.map((row) => (
                <tr key={row.reason}>
                  <th scope="row">{row.reason}</th>
                  <td className="number">{formatValue(row.precision)}</td>
                  <td className="number">{formatValue(row.recall)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {run.baseline ? (
        <>
          <h2>
            Regressions against <code>{run.baseline.runId}</code> ({run.baseline.regressions.length})
          </h2>
          {run.baseline.regressions.length === 0 ? (
            <p className="muted">No case that passed in the baseline fails now.</p>
          ) : (
            <ul>
              {run.baseline.regressions.map((caseId) => (
                <li key={caseId}>
                  <code>{caseId}</code>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
      <h2>Intent confidence and latency</h2>
      <p className="muted">
        {predicted} cases with an expected intent and a predicted one; ECE {formatValue(run.aggregates.intentEce)}. Bars at the calibrated
        line are well calibrated; below it, overconfident. Latency p50 {formatMilliseconds(run.aggregates.p50Ms)}, p95{' '}
        {formatMilliseconds(run.aggregates.p95Ms)}.
      </p>
      <div className="charts">
        {outcomes.length > 0 ? <UplotChart spec={charts.reliability} /> : <p className="muted">No case expects an intent.</p>}
        {charts.latency.x.length > 0 ? <UplotChart spec={charts.latency} /> : <p className="muted">No replies were timed.</p>}
      </div>
      <h2>Intents: expected × predicted</h2>
      {confusion.expected.length === 0 ? (
        <p className="muted">No case expects an intent.</p>
      ) : (
        <div className="table-scroll">
          <table className="list">
            <caption className="visually-hidden">Rows are expected intents, columns the predicted ones; each cell counts cases</caption>
            <thead>
              <tr>
                <th scope="col">Expected ↓ predicted →</th>
                {confusion.predicted.map((label) => (
                  <th scope="col" key={label}>
                    {label}
                  </th>
                ))}
                <th scope="col">Accuracy</th>
              </tr>
            </thead>
            <tbody>
              {confusion.expected.map((row, rowIndex) => (
                <tr key={row}>
                  <th scope="row">{row}</th>
                  {confusion.predicted.map((column, columnIndex) => {
                    const count = confusion.counts[rowIndex]?.[columnIndex] ?? 0;
                    return (
                      <td className={`number${count > 0 && row !== column ? ' error' : ''}`} key={column}>
                        {count}
                      </td>
                    );
                  })}
                  <td className="number">
                    {confusion.accuracy[rowIndex]?.right}/{confusion.accuracy[rowIndex]?.total}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>Failed cases ({failed.length})</h2>
      {failed.length === 0 ? (
        <p className="muted">Every case passed.</p>
      ) : (
        failed.map((result) => <EvalFailedCase result={result} key={`${result.suite}/${result.id}`} />)
      )}
    </>
  );
}
