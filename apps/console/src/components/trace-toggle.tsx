/** "Show trace" under a bot message: a disclosure button that loads the trace panel only when opened. */
import { useId, useState } from 'react';
import { TracePanel } from './trace-panel';

export function TraceToggle({ traceId, onOpenChunk }: { readonly traceId: string; readonly onOpenChunk: (chunkId: string) => void }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="trace-toggle">
      <button type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {open ? 'Hide trace' : 'Show trace'}
      </button>
      <div id={panelId}>{open ? <TracePanel traceId={traceId} onOpenChunk={onOpenChunk} /> : null}</div>
    </div>
  );
}
