/** A knowledge chunk (`GET /v1/knowledge/chunks/:id`) in a modal dialog: Escape or "Close" returns focus to the citation. */
import { useEffect, useRef } from 'react';
import { useSession } from '../api/session-context';
import type { Chunk } from '../api/types';
import { useResource } from '../api/use-resource';
import { ErrorMessage } from './error-message';
import { Loading } from './loading';

export function ChunkDialog({ chunkId, onClose }: { readonly chunkId: string; readonly onClose: () => void }) {
  const { api } = useSession();
  const dialog = useRef<HTMLDialogElement>(null);
  const chunk = useResource(chunkId, (signal) => api.get<Chunk>(`/v1/knowledge/chunks/${encodeURIComponent(chunkId)}`, signal));

  useEffect(() => {
    const element = dialog.current;
    // Removing the element on unmount ends the modal state; closing it here would report a close the user never made.
    if (element && !element.open) element.showModal();
  }, []);

  const source = chunk.data?.document;
  return (
    <dialog ref={dialog} className="chunk-dialog" aria-labelledby="chunk-heading" onClose={onClose}>
      <div className="section-head">
        <h2 id="chunk-heading">{source?.title ?? 'Source'}</h2>
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
      <ErrorMessage error={chunk.error} action="The source could not be loaded" />
      {chunk.loading && !chunk.data ? <Loading what="the source" /> : null}
      {chunk.data ? (
        <>
          <p className="muted">
            {chunk.data.breadcrumb}
            {chunk.data.page !== null ? ` · page ${chunk.data.page}` : ''}
            {source ? ` · ${source.source}: ${source.path}` : ''}
          </p>
          {source?.url ? (
            <p>
              <a href={source.url} target="_blank" rel="noreferrer noopener">
                Open the original
              </a>
            </p>
          ) : null}
          <p className="text chunk-text">{chunk.data.text}</p>
        </>
      ) : null}
    </dialog>
  );
}
