/** Admin: the stored golden-suite runs (`switchboard eval run`), newest first; each opens its report. */
import { useSession } from '../api/session-context';
import type { EvalRunList } from '../api/eval-run-types';
import { useResource } from '../api/use-resource';
import { ErrorMessage } from '../components/error-message';
import { Link } from '../components/link';
import { Loading } from '../components/loading';
import { formatDateTime } from '../format/format-value';
import { useDocumentTitle } from '../hooks/use-document-title';
import { pathOf } from '../routing/routes';

export function EvaluationsPage() {
  useDocumentTitle('Evaluations');
  const { api } = useSession();
  const list = useResource('evaluation-runs', (signal) => api.get<EvalRunList>('/v1/evaluations/runs?limit=100', signal));
  const runs = list.data?.runs;
  return (
    <>
      <h1>Evaluations</h1>
      <ErrorMessage error={list.error} action="Eval runs could not be loaded" />
      {list.loading ? <Loading what="eval runs" /> : null}
      {runs && runs.length === 0 ? (
        <p className="muted">
          No eval run is stored yet: <code>switchboard eval run</code> plays the suites in <code>evals/</code> and stores one.
        </p>
      ) : null}
      {runs && runs.length > 0 ? (
        <div className="table-scroll">
          <table className="list">
            <caption className="visually-hidden">Eval runs, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Started</th>
                <th scope="col">Passed</th>
                <th scope="col">Configuration</th>
                <th scope="col">Knowledge version</th>
                <th scope="col">Commit</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <tr key={run.runId}>
                  <th scope="row">
                    <Link href={pathOf({ page: 'evaluation', id: run.runId })}>{formatDateTime(run.startedAt)}</Link>
                    <span className="muted block">{run.runId}</span>
                  </th>
                  <td className="number">
                    <span className={`badge verdict-${String(run.casesPassed === run.casesTotal)}`}>
                      {run.casesPassed}/{run.casesTotal}
                    </span>
                  </td>
                  <td>
                    <code>{run.configHash}</code>
                  </td>
                  <td className="number">{run.knowledgeVersion}</td>
                  <td>{run.gitCommit ? <code>{run.gitCommit.slice(0, 12)}</code> : <span className="muted">not in a repository</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
