/** Follows a server-sent event stream over fetch (the key goes in a header), reconnecting with backoff when it drops. */
import { useEffect, useRef, useState } from 'react';
import { readEventStream } from '@switchboard/event-stream';
import { toApiError, type ApiError } from './api-error';
import { reconnectDelay } from './reconnect-delay';
import { useSession } from './session-context';

export type StreamState = 'connecting' | 'open' | 'reconnecting' | 'closed';

export interface EventStreamOptions {
  /** The stream to follow; null follows nothing. A new path closes the old stream and opens the new one. */
  readonly path: string | null;
  /** A handler per event name, called with the parsed `data`. The latest handlers are used; changing them does not reconnect. */
  readonly handlers: Readonly<Record<string, (data: unknown) => void>>;
  /** The path to reconnect to, when it differs from `path` (e.g. `?after=` the last message seen). */
  readonly resumePath?: () => string;
}

export interface EventStreamStatus {
  readonly state: StreamState;
  /** Why the last connection failed, while reconnecting. */
  readonly error: ApiError | null;
}

export function useEventStream(options: EventStreamOptions): EventStreamStatus {
  const { api } = useSession();
  const latest = useRef(options);
  latest.current = options;
  const [status, setStatus] = useState<EventStreamStatus>({ state: 'connecting', error: null });
  const { path } = options;

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    const { signal } = controller;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const connect = async (attempt: number): Promise<void> => {
      const target = attempt === 0 ? path : (latest.current.resumePath?.() ?? path);
      let failure: ApiError | null = null;
      try {
        const body = await api.stream(target, signal);
        attempt = 0;
        setStatus({ state: 'open', error: null });
        await readEventStream(body, (event) => dispatch(event.event, event.data), signal);
      } catch (error) {
        failure = toApiError(error);
        // A refused key signs out (the client saw the 401); nothing to reconnect to.
        if (failure.status === 401 || failure.status === 403 || failure.status === 404) {
          if (!signal.aborted) setStatus({ state: 'closed', error: failure });
          return;
        }
      }
      if (signal.aborted) return;
      setStatus({ state: 'reconnecting', error: failure });
      timer = setTimeout(() => void connect(attempt + 1), reconnectDelay(attempt, Math.random()));
    };
    const dispatch = (name: string, data: string): void => {
      const handler = latest.current.handlers[name];
      if (!handler) return;
      let value: unknown;
      try {
        value = JSON.parse(data);
      } catch {
        return; // A malformed event is skipped; the next full update replaces it.
      }
      handler(value);
    };
    setStatus({ state: 'connecting', error: null });
    void connect(0);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [api, path]);

  return path === null ? { state: 'closed', error: null } : status;
}
