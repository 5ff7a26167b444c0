/**
 * Admin: one experiment as `switchboard experiment status` reports it — each arm's units and mean with its interval,
 * the effect and lift with their intervals, the always-valid p-value and verdict, the SRM check, CUPED and segments.
 */
import { useSession } from '../api/session-context';
import type { ArmComparison, ExperimentStatus, SegmentRow } from '../api/experiment-types';
import { useResource } from '../api/use-resource';
import { ErrorMessage } from '../components/error-message';
import { Link } from '../components/link';
import { Loading } from '../components/loading';
import {
  confidenceLabel,
  formatInterval,
  formatLift,
  formatMetricDifference,
  formatMetricValue,
  formatPValue,
  verdictSentence,
} from '../experiments/experiment-view';
import { formatDateTime, formatPercent, formatScore } from '../format/format-value';
import { useDocumentTitle } from '../hooks/use-document-title';
import { pathOf } from '../routing/routes';

export function ExperimentPage({ name }: { readonly name: string }) {
  useDocumentTitle(`Experiment ${name}`);
  const { api } = useSession();
  const status = useResource(`experiment-${name}`, (signal) =>
    api.get<ExperimentStatus>(`/v1/experiments/${encodeURIComponent(name)}`, signal),
  );
  return (
    <>
      <p>
        <Link href={pathOf({ page: 'experiments' })}>← All experiments</Link>
      </p>
      <h1>
        Experiment <code>{name}</code>
      </h1>
      <ErrorMessage error={status.error} action="The experiment could not be loaded" />
      {status.loading ? <Loading what="the experiment" /> : null}
      {status.data ? <ExperimentReport status={status.data} /> : null}
    </>
  );
}

function ExperimentReport({ status }: { readonly status: ExperimentStatus }) {
  const { experiment } = status;
  const metric = experiment.metric;
  const level = confidenceLabel(experiment.alpha);
  const difference = (value: number) => formatMetricDifference(metric, value);
  const [baseline, candidate] = experiment.arms;
  return (
    <>
      <p role="status" className={status.verdict === 'significant' ? 'notice' : status.verdict === 'srm' ? 'error' : 'muted'}>
        {verdictSentence(status)}
      </p>
      <p className="muted">
        Metric <strong>{metric}</strong>
        {experiment.aa ? ' (A/A test)' : ''} · MDE {experiment.mde} · α {experiment.alpha} · power {experiment.power} · holdout{' '}
        {experiment.holdoutPercent}% · started {formatDateTime(experiment.createdAt)} ·{' '}
        {experiment.stoppedAt
          ? `stopped ${formatDateTime(experiment.stoppedAt)}`
          : `${experiment.state}, analysed ${formatDateTime(status.asOf)}`}
      </p>
      {status.assignedBy === 'release' ? (
        <p className="muted">
          Some conversations were answered outside the experiment's arms (before it was served, or while a staged rollout ran), so they are
          put in arms by the release that answered them.
        </p>
      ) : null}
      <h2>Arms</h2>
      <div className="table-scroll">
        <table className="list">
          <thead>
            <tr>
              <th scope="col">Arm</th>
              <th scope="col">Release</th>
              <th scope="col">Customers</th>
              <th scope="col">Measured</th>
              <th scope="col">Estimate</th>
              <th scope="col">{level} interval</th>
              <th scope="col">CUPED estimate</th>
            </tr>
          </thead>
          <tbody>
            {status.arms.map((arm) => (
              <tr key={arm.name}>
                <th scope="row">{arm.name}</th>
                <td>
                  <code>{experiment.arms.find((known) => known.name === arm.name)?.release ?? '—'}</code>
                </td>
                <td className="number">{arm.units}</td>
                <td className="number">{arm.measured}</td>
                <td className="number">{formatMetricValue(metric, arm.mean)}</td>
                <td className="number">{formatInterval(arm.interval, (value) => formatMetricValue(metric, value))}</td>
                <td className="number">{formatMetricValue(metric, arm.adjustedMean)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>
        Effect of {candidate?.name} against {baseline?.name}
      </h2>
      <div className="table-scroll">
        <table className="list">
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col">Difference</th>
              <th scope="col">{level} interval</th>
              <th scope="col">Always-valid interval</th>
              <th scope="col">Always-valid p</th>
              <th scope="col">Lift ({level} interval)</th>
            </tr>
          </thead>
          <tbody>
            <ComparisonRow label="CUPED-adjusted" comparison={status.adjusted} difference={difference} />
            <ComparisonRow label="Unadjusted" comparison={status.unadjusted} difference={difference} />
          </tbody>
        </table>
      </div>
      <p className="muted">
        The always-valid interval and p-value (mSPRT) hold at every look, so the result may be checked as often as you like; the {level}{' '}
        interval is the fixed-sample one, for describing the effect.
      </p>
      <h2>Checks</h2>
      <dl className="detail-list">
        <dt>Sample ratio</dt>
        <dd>
          <span className={`badge verdict-${String(!status.srm.mismatch)}`}>{status.srm.mismatch ? 'Mismatch' : 'OK'}</span> χ²{' '}
          {formatScore(status.srm.statistic)}, p {formatPValue(status.srm.pValue)} against an equal split
        </dd>
        <dt>CUPED</dt>
        <dd>
          Variance reduced by {formatPercent(status.cuped.correlationSquared)} (ρ²), θ {formatScore(status.cuped.theta)};{' '}
          {status.cuped.unitsWithPrePeriod} customers had a pre-period outcome
        </dd>
        <dt>Crossovers</dt>
        <dd>{status.crossovers} conversations of a customer already in the other arm, left out</dd>
      </dl>
      <h2>Segments</h2>
      <p className="muted">Unadjusted, for exploring rather than deciding: with several segments one will differ by chance.</p>
      {(['intent', 'persona', 'language'] as const).map((key) => (
        <SegmentTable key={key} name={key} rows={status.segments[key]} difference={difference} />
      ))}
    </>
  );
}

function ComparisonRow({
  label,
  comparison,
  difference,
}: {
  readonly label: string;
  readonly comparison: ArmComparison | null;
  readonly difference: (value: number) => string;
}) {
  if (!comparison)
    return (
      <tr>
        <th scope="row">{label}</th>
        <td colSpan={5} className="muted">
          Not enough data: each arm needs two measured customers.
        </td>
      </tr>
    );
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className="number">{difference(comparison.difference)}</td>
      <td className="number">{formatInterval(comparison.interval, difference)}</td>
      <td className="number">{formatInterval(comparison.alwaysValidInterval, difference)}</td>
      <td className="number">{formatPValue(comparison.alwaysValidPValue)}</td>
      <td className="number">
        {comparison.relativeLift
          ? `${formatLift(comparison.relativeLift.estimate)} ${formatInterval(comparison.relativeLift.interval, formatLift)}`
          : '—'}
      </td>
    </tr>
  );
}

function SegmentTable({
  name,
  rows,
  difference,
}: {
  readonly name: string;
  readonly rows: readonly SegmentRow[];
  readonly difference: (value: number) => string;
}) {
  if (rows.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="list">
        <caption>By {name}</caption>
        <thead>
          <tr>
            <th scope="col">{name}</th>
            <th scope="col">Customers</th>
            <th scope="col">Difference</th>
            <th scope="col">Interval</th>
            <th scope="col">Always-valid p</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.segment}>
              <th scope="row">{row.segment}</th>
              <td className="number">{row.units}</td>
              <td className="number">{row.comparison ? difference(row.comparison.difference) : <span className="muted">too few</span>}</td>
              <td className="number">{formatInterval(row.comparison?.interval, difference)}</td>
              <td className="number">{formatPValue(row.comparison?.alwaysValidPValue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
