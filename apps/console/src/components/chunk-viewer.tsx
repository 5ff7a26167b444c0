/** The chunks of one document (`GET /v1/knowledge/documents/:id/chunks`), in order, with breadcrumb and page. */
import { useSession } from '../api/session-context';
import type { Chunk, KnowledgeDocument } from '../api/types';
import { useResource } from '../api/use-resource';
import { ErrorMessage } from './error-message';
import { Loading } from './loading';

export function ChunkViewer({ document }: { readonly document: KnowledgeDocument }) {
  const { api } = useSession();
  const path = `/v1/knowledge/documents/${encodeURIComponent(document.id)}/chunks`;
  const chunks = useResource(path, (signal) => api.get<{ chunks: Chunk[] }>(path, signal));
  const list = chunks.data?.chunks;
  return (
    <section aria-labelledby="chunks-heading">
      <h2 id="chunks-heading">Chunks of {document.title}</h2>
      <ErrorMessage error={chunks.error} action="Chunks could not be loaded" />
      {!list && chunks.loading ? <Loading what="chunks" /> : null}
      {list && list.length === 0 ? <p className="muted">This document has no chunks.</p> : null}
      {list && list.length > 0 ? (
        <ol className="chunks">
          {list.map((chunk) => (
            <li key={chunk.id}>
              <p className="muted">
                {chunk.kind ? `${chunk.kind} · ` : ''}
                {chunk.breadcrumb}
                {chunk.page !== null ? ` · page ${chunk.page}` : ''} · <code>{chunk.id}</code>
              </p>
              <p className="text chunk-text">{chunk.text}</p>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
