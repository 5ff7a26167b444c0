/** Admin: the A/B experiments (`switchboard experiment create`), oldest first, with the one whose arms are served now. */
import { useSession } from '../api/session-context';
import type { ExperimentList } from '../api/experiment-types';
import { useResource } from '../api/use-resource';
import { ErrorMessage } from '../components/error-message';
import { Link } from '../components/link';
import { Loading } from '../components/loading';
import { formatDateTime } from '../format/format-value';
import { useDocumentTitle } from '../hooks/use-document-title';
import { pathOf } from '../routing/routes';

export function ExperimentsPage() {
  useDocumentTitle('Experiments');
  const { api } = useSession();
  const list = useResource('experiments', (signal) => api.get<ExperimentList>('/v1/experiments', signal));
  const experiments = list.data?.experiments;
  const running = experiments?.some((experiment) => experiment.state === 'running') ?? false;
  return (
    <>
      <h1>Experiments</h1>
      <ErrorMessage error={list.error} action="Experiments could not be loaded" />
      {list.loading ? <Loading what="experiments" /> : null}
      {experiments && experiments.length === 0 ? (
        <p className="muted">
          No experiment yet: <code>switchboard experiment create NAME --arms A=REL1,B=REL2 --metric resolution</code> starts one.
        </p>
      ) : null}
      {list.data && running && list.data.served === null ? (
        <p className="notice">
          No experiment is served while a staged rollout is running or paused; see the{' '}
          <Link href={pathOf({ page: 'rollout' })}>Rollout</Link> page.
        </p>
      ) : null}
      {experiments && experiments.length > 0 ? (
        <div className="table-scroll">
          <table className="list">
            <caption className="visually-hidden">Experiments, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Experiment</th>
                <th scope="col">State</th>
                <th scope="col">Arms</th>
                <th scope="col">Metric</th>
                <th scope="col">Started</th>
                <th scope="col">Stopped</th>
              </tr>
            </thead>
            <tbody>
              {experiments.map((experiment) => (
                <tr key={experiment.name}>
                  <th scope="row">
                    <Link href={pathOf({ page: 'experiment', id: experiment.name })}>{experiment.name}</Link>
                    {experiment.aa ? <span className="muted"> (A/A)</span> : null}
                  </th>
                  <td>
                    {experiment.name === list.data?.served ? (
                      <span className="badge verdict-true">served</span>
                    ) : (
                      <span className="badge">{experiment.state}</span>
                    )}
                  </td>
                  <td>{experiment.arms.map((arm) => `${arm.name} = ${arm.release}`).join(', ')}</td>
                  <td>{experiment.metric}</td>
                  <td>{formatDateTime(experiment.createdAt)}</td>
                  <td>{experiment.stoppedAt ? formatDateTime(experiment.stoppedAt) : <span className="muted">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
