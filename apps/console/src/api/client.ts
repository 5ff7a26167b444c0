/** The console's HTTP client: every call sends the key as a Bearer token, errors become ApiError, a 401 signs out. */
import { ApiError, readErrorBody, toApiError } from './api-error';

export interface ApiClient {
  get<T>(path: string, signal?: AbortSignal): Promise<T>;
  post<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T>;
  /** Opens a server-sent event stream; resolves with the response once the server has accepted it. */
  stream(path: string, signal: AbortSignal): Promise<ReadableStream<Uint8Array>>;
}

export interface ApiClientOptions {
  readonly key: string;
  /** Called when the server refuses the key (401), before the call rejects. */
  readonly onUnauthorized?: () => void;
  readonly fetch?: typeof fetch;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const fetchFunction = options.fetch ?? ((input, init) => fetch(input, init));
  const send = async (path: string, init: RequestInit, accept: string): Promise<Response> => {
    let response: Response;
    try {
      response = await fetchFunction(path, {
        ...init,
        headers: {
          ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
          Accept: accept,
          Authorization: `Bearer ${options.key}`,
        },
      });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw toApiError(error);
    }
    if (response.ok) return response;
    const error = readErrorBody(response.status, await response.text().catch(() => ''));
    if (response.status === 401) options.onUnauthorized?.();
    throw error;
  };
  const json = async <T>(response: Response): Promise<T> => {
    try {
      return (await response.json()) as T;
    } catch {
      throw new ApiError(response.status, 'BAD_RESPONSE', 'The server sent an answer the console could not read.');
    }
  };
  return {
    async get(path, signal) {
      return json(await send(path, { method: 'GET', signal }, 'application/json'));
    },
    async post(path, body, signal) {
      return json(await send(path, { method: 'POST', body: JSON.stringify(body ?? {}), signal }, 'application/json'));
    },
    async stream(path, signal) {
      const response = await send(path, { method: 'GET', signal }, 'text/event-stream');
      if (!response.body) throw new ApiError(response.status, 'BAD_RESPONSE', 'The server sent no event stream.');
      return response.body;
    },
  };
}
