/** Says whether a live view is live, so an agent knows when the queue or a conversation may be out of date. */
import type { StreamState } from '../api/use-event-stream';

const labels: Readonly<Record<StreamState, string>> = {
  connecting: 'Connecting…',
  open: 'Live',
  reconnecting: 'Connection lost; reconnecting…',
  closed: 'Not live',
};

export function StreamStatus({ state }: { readonly state: StreamState }) {
  return (
    <span role="status" className={`stream stream-${state}`}>
      {labels[state]}
    </span>
  );
}
