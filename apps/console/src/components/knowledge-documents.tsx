/** The documents of one source with their freshness (age, and whether they count as stale). */
import { useSession } from '../api/session-context';
import type { KnowledgeDocument } from '../api/types';
import { useResource } from '../api/use-resource';
import { queryString } from '../api/query-string';
import { formatDateTime } from '../format/format-value';
import { ErrorMessage } from './error-message';
import { Loading } from './loading';

interface Props {
  readonly source: string;
  readonly selected: string | null;
  readonly onSelect: (document: KnowledgeDocument) => void;
}

export function KnowledgeDocuments({ source, selected, onSelect }: Props) {
  const { api } = useSession();
  const path = `/v1/knowledge/documents${queryString({ source })}`;
  const documents = useResource(path, (signal) => api.get<{ documents: KnowledgeDocument[] }>(path, signal));
  const list = documents.data?.documents;
  return (
    <section aria-labelledby="documents-heading">
      <h2 id="documents-heading">Documents of {source}</h2>
      <ErrorMessage error={documents.error} action="Documents could not be loaded" />
      {!list && documents.loading ? <Loading what="documents" /> : null}
      {list && list.length === 0 ? <p className="muted">This source holds no documents.</p> : null}
      {list && list.length > 0 ? (
        <div className="table-scroll">
          <table className="list">
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Path</th>
                <th scope="col">Updated</th>
                <th scope="col">Freshness</th>
                <th scope="col">Chunks</th>
              </tr>
            </thead>
            <tbody>
              {list.map((document) => (
                <tr key={document.id} className={document.id === selected ? 'selected' : undefined}>
                  <th scope="row">{document.url ? <a href={document.url}>{document.title}</a> : document.title}</th>
                  <td>
                    <code>{document.path}</code>
                  </td>
                  <td>
                    {formatDateTime(document.updatedAt ?? document.ingestedAt)}
                    {document.freshness.basis === 'ingestedAt' ? (
                      <span className="muted block">(ingested; no date in the document)</span>
                    ) : null}
                  </td>
                  <td>
                    {document.freshness.ageDays === null ? 'unknown age' : `${Math.round(document.freshness.ageDays)} days old`}{' '}
                    {document.freshness.stale ? <span className="badge badge-failed">stale</span> : null}
                  </td>
                  <td>
                    <button type="button" onClick={() => onSelect(document)} aria-pressed={document.id === selected}>
                      {document.chunks} chunks<span className="visually-hidden"> of {document.title}</span>
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
