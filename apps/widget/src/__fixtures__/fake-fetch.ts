/** A fetch that answers from route handlers and records every request, for the client, live-updates and controller tests. */
import { formatEvent } from '@switchboard/event-stream';
import type { Fetch } from '../conversation-client.js';

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  /** The path with ids as `:id`, e.g. 'POST /v1/conversations/:id/messages'. */
  readonly route: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly signal: AbortSignal | undefined;
}

export type RouteHandler = (request: RecordedRequest) => Response | Promise<Response>;

/** `routes` keyed like 'POST /v1/conversations/:id/messages'; an unknown route is a 404. */
export function createFakeFetch(routes: Readonly<Record<string, RouteHandler>>): { fetch: Fetch; requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  const fetch: Fetch = async (input, init = {}) => {
    const url = new URL(input);
    const method = init.method ?? 'GET';
    const route = `${method} ${url.pathname.replace(/^(\/v1\/conversations)\/[^/]+/, '$1/:id')}`;
    const request: RecordedRequest = {
      method,
      url: input,
      route,
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      signal: init.signal ?? undefined,
    };
    requests.push(request);
    const handler = routes[route];
    return handler ? handler(request) : json(404, { error: { code: 'NOT_FOUND', message: `no route ${route}` } });
  };
  return { fetch, requests };
}

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** A finished event stream. */
export function eventStream(events: readonly (readonly [name: string, data: unknown])[]): Response {
  return new Response(events.map(([name, data]) => formatEvent(name, data)).join(''), { headers: { 'content-type': 'text/event-stream' } });
}

/** An event stream that stays open: the test pushes events and ends it; the request's abort ends it too. */
export function liveStream(signal?: AbortSignal): { response: Response; push(name: string, data: unknown): void; end(): void } {
  const encoder = new TextEncoder();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let ended = false;
  const body = new ReadableStream<Uint8Array>({
    start(streamController) {
      controller = streamController;
    },
  });
  const end = (): void => {
    if (ended) return;
    ended = true;
    try {
      controller.close();
    } catch {
      // The reader cancelled it already.
    }
  };
  signal?.addEventListener('abort', end, { once: true });
  return {
    response: new Response(body, { headers: { 'content-type': 'text/event-stream' } }),
    push: (name, data) => controller.enqueue(encoder.encode(formatEvent(name, data))),
    end,
  };
}
