/** Loads one thing from the API for a page: data, a loading flag, the error as an ApiError, and reload. */
import { useCallback, useEffect, useState } from 'react';
import { toApiError, type ApiError } from './api-error';

export interface Resource<T> {
  readonly data: T | null;
  readonly error: ApiError | null;
  readonly loading: boolean;
  /** Loads again, keeping the current data on screen until the answer comes. */
  reload(): void;
}

/**
 * Calls `load` when `key` changes (null: load nothing) and on reload; a stale answer for an older key is dropped.
 * With `pollMs` it reloads on that interval while the page is open.
 */
export function useResource<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>, pollMs?: number): Resource<T> {
  const [state, setState] = useState<{ key: string | null; data: T | null; error: ApiError | null; loading: boolean }>({
    key,
    data: null,
    error: null,
    loading: key !== null,
  });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  if (state.key !== key) setState({ key, data: null, error: null, loading: key !== null });

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ key, data, error: null, loading: false });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState((previous) => ({ ...previous, key, error: toApiError(error), loading: false }));
      },
    );
    return () => controller.abort();
    // `load` is a fresh closure on every render; `key` says what it loads.
  }, [key, generation]);

  useEffect(() => {
    if (key === null || !pollMs) return;
    const timer = setInterval(reload, pollMs);
    return () => clearInterval(timer);
  }, [key, pollMs, reload]);

  return { data: state.data, error: state.error, loading: state.loading, reload };
}
