/** The configured knowledge sources with their last sync and document and chunk counts. */
import { useSession } from '../api/session-context';
import type { KnowledgeSource } from '../api/types';
import { useResource } from '../api/use-resource';
import { formatDateTime } from '../format/format-value';
import { ErrorMessage } from './error-message';
import { Loading } from './loading';

interface Props {
  readonly selected: string | null;
  readonly onSelect: (source: string) => void;
}

export function KnowledgeSources({ selected, onSelect }: Props) {
  const { api } = useSession();
  const sources = useResource('sources', (signal) => api.get<{ sources: KnowledgeSource[] }>('/v1/knowledge/sources', signal));
  const list = sources.data?.sources;
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <ErrorMessage error={sources.error} action="Sources could not be loaded" />
      {!list && sources.loading ? <Loading what="sources" /> : null}
      {list && list.length === 0 ? <p className="muted">Nothing has been ingested yet (switchboard ingest or sync).</p> : null}
      {list && list.length > 0 ? (
        <div className="table-scroll">
          <table className="list">
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Type</th>
                <th scope="col">Last sync</th>
                <th scope="col">Documents</th>
                <th scope="col">Chunks</th>
                <th scope="col">
                  <span className="visually-hidden">Documents of the source</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((source) => (
                <tr key={source.name} className={source.name === selected ? 'selected' : undefined}>
                  <th scope="row">{source.name}</th>
                  <td>{source.type}</td>
                  <td>{source.lastSyncedAt ? formatDateTime(source.lastSyncedAt) : 'never'}</td>
                  <td className="number">{source.documents}</td>
                  <td className="number">{source.chunks}</td>
                  <td>
                    <button type="button" onClick={() => onSelect(source.name)} aria-pressed={source.name === selected}>
                      Documents<span className="visually-hidden"> of {source.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
