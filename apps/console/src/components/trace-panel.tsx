/** A bot message's pipeline trace (`GET /v1/traces/:id`): the query, the total time and every stage in order. */
import { useSession } from '../api/session-context';
import type { Trace } from '../api/types';
import { useResource } from '../api/use-resource';
import { formatMilliseconds } from '../format/format-duration';
import { ErrorMessage } from './error-message';
import { Loading } from './loading';
import { TraceStageView } from './trace-stage-view';

export function TracePanel({ traceId, onOpenChunk }: { readonly traceId: string; readonly onOpenChunk: (chunkId: string) => void }) {
  const { api } = useSession();
  const trace = useResource(traceId, (signal) => api.get<Trace>(`/v1/traces/${encodeURIComponent(traceId)}`, signal));
  if (trace.error) return <ErrorMessage error={trace.error} action="The trace could not be loaded" />;
  if (!trace.data) return <Loading what="the trace" />;
  return (
    <section className="trace" data-testid="trace" aria-label="Pipeline trace">
      <p>
        Query <q>{trace.data.query}</q> · {formatMilliseconds(trace.data.totalMilliseconds)} in all · trace <code>{trace.data.id}</code>
      </p>
      <ol className="stages">
        {trace.data.stages.map((stage, index) => (
          <TraceStageView key={`${stage.name}-${index}`} stage={stage} onOpenChunk={onOpenChunk} />
        ))}
      </ol>
    </section>
  );
}
