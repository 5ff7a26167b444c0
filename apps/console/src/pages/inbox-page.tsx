/** The human queue, live: open and claimed handoffs from `GET /v1/handoffs/stream`; selecting one opens it beside the list. */
import { useState } from 'react';
import type { HandoffRecord } from '../api/types';
import { useEventStream } from '../api/use-event-stream';
import { ErrorMessage } from '../components/error-message';
import { HandoffDetail } from '../components/handoff-detail';
import { HandoffRow } from '../components/handoff-row';
import { Loading } from '../components/loading';
import { StreamStatus } from '../components/stream-status';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useNow } from '../hooks/use-now';
import { queueOrder } from '../inbox/queue-order';

export function InboxPage() {
  useDocumentTitle('Inbox');
  const now = useNow();
  const [handoffs, setHandoffs] = useState<readonly HandoffRecord[] | null>(null);
  const [selected, setSelected] = useState<HandoffRecord | null>(null);
  const stream = useEventStream({
    path: '/v1/handoffs/stream',
    handlers: { handoffs: (data) => setHandoffs(queueOrder((data as { handoffs: HandoffRecord[] }).handoffs)) },
  });
  // The queue's copy is the newest; a handoff that left the queue (released) stays open as last seen.
  const current = (selected && handoffs?.find((handoff) => handoff.id === selected.id)) ?? selected;

  return (
    <div className="inbox">
      <section aria-labelledby="queue-heading" className="queue">
        <div className="section-head">
          <h1 id="queue-heading">Inbox</h1>
          <StreamStatus state={stream.state} />
        </div>
        <ErrorMessage error={stream.error} action="The queue stream failed" />
        {handoffs === null ? (
          stream.state === 'closed' ? null : (
            <Loading what="the queue" />
          )
        ) : handoffs.length === 0 ? (
          <p className="muted">Nobody is waiting for a person.</p>
        ) : (
          <ul className="queue-list" aria-label="Handoffs waiting or in progress">
            {handoffs.map((handoff) => (
              <li key={handoff.id}>
                <HandoffRow handoff={handoff} now={now} selected={handoff.id === current?.id} onSelect={() => setSelected(handoff)} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-label="Selected handoff" className="handoff-pane">
        {current ? (
          <HandoffDetail key={current.id} handoff={current} onChange={setSelected} />
        ) : (
          <p className="muted">Select a handoff to see its packet and the conversation.</p>
        )}
      </section>
    </div>
  );
}
