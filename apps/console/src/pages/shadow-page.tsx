/**
 * Admin: the shadow run (the running one, else the latest) and its report as `switchboard shadow report` shows it — how
 * the candidate release's answers would have differed from production's, and the messages they disagreed on. Refreshed
 * every 15 s.
 */
import { useSession } from '../api/session-context';
import type { ShadowExample, ShadowExampleSide, ShadowReport, ShadowResponse, ShadowRun } from '../api/shadow-types';
import { useResource } from '../api/use-resource';
import { ErrorMessage } from '../components/error-message';
import { Link } from '../components/link';
import { Loading } from '../components/loading';
import { formatMilliseconds } from '../format/format-duration';
import { formatCost, formatDateTime } from '../format/format-value';
import { useDocumentTitle } from '../hooks/use-document-title';
import { pathOf } from '../routing/routes';
import {
  describeSide,
  exampleKindLabel,
  excerpt,
  formatOverlap,
  formatShadowErrors,
  formatShadowRate,
  runActor,
  shadowRunOf,
} from '../shadow/shadow-view';

const pollMs = 15_000;

export function ShadowPage() {
  useDocumentTitle('Shadow');
  const { api } = useSession();
  const response = useResource('shadow', (signal) => api.get<ShadowResponse>('/v1/shadow', signal), pollMs);
  const shadow = shadowRunOf(response.data);
  return (
    <>
      <h1>Shadow</h1>
      <ErrorMessage error={response.error} action="The shadow report could not be loaded" />
      {response.loading && !response.data ? <Loading what="the shadow report" /> : null}
      {response.data && !shadow ? (
        <p className="muted">
          No shadow run was started: <code>switchboard shadow start RELEASE</code> has a release answer live messages beside production,
          seen by no customer.
        </p>
      ) : null}
      {shadow ? <ShadowRunReport run={shadow.run} report={shadow.report} /> : null}
    </>
  );
}

function ShadowRunReport({ run, report }: { readonly run: ShadowRun; readonly report: ShadowReport }) {
  const { compared } = report;
  return (
    <>
      <p role="status" className={run.state === 'running' ? 'notice' : 'muted'}>
        <code>{run.release}</code> beside production for {run.percent}% of customers: <strong>{run.state}</strong>
      </p>
      <h2>Run</h2>
      <table className="key-value">
        <tbody>
          <tr>
            <th scope="row">Release</th>
            <td>
              <code>{run.release}</code>
            </td>
          </tr>
          <tr>
            <th scope="row">Percent</th>
            <td>{run.percent}%</td>
          </tr>
          <tr>
            <th scope="row">State</th>
            <td>{run.state}</td>
          </tr>
          <tr>
            <th scope="row">Started</th>
            <td>
              {formatDateTime(run.startedAt)} by {runActor(run.by)}
            </td>
          </tr>
          <tr>
            <th scope="row">Stopped</th>
            <td>{run.stoppedAt ? `${formatDateTime(run.stoppedAt)} by ${runActor(run.stoppedBy)}` : <span className="muted">—</span>}</td>
          </tr>
        </tbody>
      </table>
      <h2>Figures</h2>
      <p className="muted">
        Rates, overlaps, latency and cost are over the compared messages, those both sides answered. An overlap is 1 for the same answer or
        citations, 0 for nothing in common.
      </p>
      <table className="key-value">
        <tbody>
          <FigureRow label="Messages shadowed" value={String(report.messages)} />
          <FigureRow label="Compared" value={String(compared)} />
          <FigureRow label="Candidate errors" value={formatShadowErrors(report)} />
          <FigureRow label="Intent disagreement" value={formatShadowRate(report.intentDisagreement, compared)} />
          <FigureRow label="Handoff disagreement" value={formatShadowRate(report.handoffDisagreement, compared)} />
          <FigureRow label="Answer overlap (ROUGE-L)" value={formatOverlap(report.answerOverlap)} />
          <FigureRow label="Citation overlap (Jaccard)" value={formatOverlap(report.citationOverlap)} />
          <FigureRow label="Dry-run writes" value={String(report.dryRunToolCalls)} />
        </tbody>
      </table>
      <h3>Production and candidate</h3>
      <div className="table-scroll">
        <table className="list">
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col">Production</th>
              <th scope="col">Candidate</th>
            </tr>
          </thead>
          <tbody>
            <SidesRow
              label="Grounding failures"
              production={formatShadowRate(report.groundingFailures.production, compared)}
              candidate={formatShadowRate(report.groundingFailures.shadow, compared)}
            />
            <SidesRow
              label="Latency p50"
              production={formatMilliseconds(report.latency.production.p50)}
              candidate={formatMilliseconds(report.latency.shadow.p50)}
            />
            <SidesRow
              label="Latency p95"
              production={formatMilliseconds(report.latency.production.p95)}
              candidate={formatMilliseconds(report.latency.shadow.p95)}
            />
            <SidesRow label="Cost" production={formatCost(report.cost.production)} candidate={formatCost(report.cost.shadow)} />
          </tbody>
        </table>
      </div>
      <h2>Examples</h2>
      {report.examples.length === 0 ? (
        <p className="muted">{report.messages === 0 ? 'No message was shadowed yet.' : 'No disagreement yet.'}</p>
      ) : (
        <ExamplesTable examples={report.examples} />
      )}
    </>
  );
}

function FigureRow({ label, value }: { readonly label: string; readonly value: string }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className="number">{value}</td>
    </tr>
  );
}

function SidesRow({ label, production, candidate }: { readonly label: string; readonly production: string; readonly candidate: string }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className="number">{production}</td>
      <td className="number">{candidate}</td>
    </tr>
  );
}

function ExamplesTable({ examples }: { readonly examples: readonly ShadowExample[] }) {
  return (
    <div className="table-scroll">
      <table className="list">
        <caption className="visually-hidden">Messages the two sides disagreed on, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Conversation</th>
            <th scope="col">At</th>
            <th scope="col">Production</th>
            <th scope="col">Candidate</th>
            <th scope="col">Detail</th>
          </tr>
        </thead>
        <tbody>
          {examples.map((example) => (
            <tr key={`${example.messageId}-${example.kind}`}>
              <th scope="row">
                <span className={example.kind === 'error' ? 'badge verdict-false' : 'badge'}>{exampleKindLabel(example.kind)}</span>
              </th>
              <td>
                {example.conversationId ? (
                  <Link href={pathOf({ page: 'conversation', id: example.conversationId })}>
                    <code>{example.conversationId}</code>
                  </Link>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
              <td>{formatDateTime(example.at)}</td>
              <td>
                <ExampleSide side={example.production} />
              </td>
              <td>
                <ExampleSide side={example.shadow} />
              </td>
              <td>{example.detail ?? <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ExampleSide({ side }: { readonly side: ShadowExampleSide | null }) {
  if (!side) return <span className="muted">{describeSide(null)}</span>;
  return (
    <>
      <span className="muted">{describeSide(side)}</span>
      <br />
      {excerpt(side.text)}
    </>
  );
}
