/**
 * GETs a paginated JSON listing page by page: HTTP and network failures become SOURCE_FETCH_FAILED with
 * `isRetryable` set, retryable ones are tried again, and `next` links are followed only on the same origin.
 */
import { SwitchboardError } from '@switchboard/spec';

export type FetchFunction = (url: string, init: { headers: Record<string, string>; signal: AbortSignal }) => Promise<Response>;

export interface FetchJsonPagesOptions {
  /** What is being fetched, for messages: "Zendesk Help Center articles". */
  readonly what: string;
  readonly firstUrl: string;
  /** The URL of the page after `page`, or null at the end. */
  readonly next: (page: unknown, url: string) => string | null;
  readonly headers?: Record<string, string>;
  readonly fetch?: FetchFunction;
  readonly signal?: AbortSignal;
  /** Per request (default 30 s). */
  readonly timeoutMs?: number;
  /** Stops a listing that never ends (default 10,000 pages). */
  readonly maxPages?: number;
  /** Attempts per page for retryable failures (default 3). */
  readonly attempts?: number;
  /** Waits between attempts; injectable so tests do not sleep. */
  readonly delay?: (milliseconds: number) => Promise<void>;
}

export async function fetchJsonPages(options: FetchJsonPagesOptions): Promise<unknown[]> {
  const pages: unknown[] = [];
  const origin = new URL(options.firstUrl).origin;
  const maxPages = options.maxPages ?? 10_000;
  let url: string | null = options.firstUrl;
  while (url !== null) {
    if (pages.length >= maxPages)
      throw fetchFailed(`${options.what}: more than ${maxPages} pages at ${options.firstUrl}; the listing does not end`, false);
    // The token goes only to the configured server, never to a host a response points at.
    if (new URL(url).origin !== origin)
      throw fetchFailed(
        `${options.what}: the next page is on another host (${new URL(url).origin}); refusing to send the token there`,
        false,
      );
    const page = await fetchWithRetries(url, options);
    pages.push(page);
    url = options.next(page, url);
  }
  return pages;
}

async function fetchWithRetries(url: string, options: FetchJsonPagesOptions): Promise<unknown> {
  const attempts = options.attempts ?? 3;
  const delay = options.delay ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fetchJson(url, options);
    } catch (error) {
      const retryable = error instanceof SwitchboardError && error.isRetryable;
      if (!retryable || attempt >= attempts || options.signal?.aborted) throw error;
      const retryAfter = Number((error as SwitchboardError).details['retryAfterSeconds'] ?? Number.NaN);
      await delay(Number.isFinite(retryAfter) ? Math.min(retryAfter, 60) * 1000 : 500 * 2 ** (attempt - 1));
    }
  }
}

async function fetchJson(url: string, options: FetchJsonPagesOptions): Promise<unknown> {
  const fetchFunction = options.fetch ?? (globalThis.fetch as FetchFunction);
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 30_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetchFunction(url, { headers: { accept: 'application/json', ...options.headers }, signal });
  } catch (error) {
    const reason = timeout.aborted ? 'timed out' : (error as Error).message;
    throw fetchFailed(`${options.what}: GET ${url} failed: ${reason}`, !options.signal?.aborted, error);
  }
  if (!response.ok) {
    const status = response.status;
    const hint = status === 401 || status === 403 ? '; check the email and the token in the environment variable named by tokenEnv' : '';
    await response.body?.cancel();
    throw fetchFailed(
      `${options.what}: GET ${url} answered ${status} ${response.statusText}${hint}`,
      status === 429 || status >= 500,
      undefined,
      {
        status,
        retryAfterSeconds: Number(response.headers.get('retry-after') ?? Number.NaN),
      },
    );
  }
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw fetchFailed(`${options.what}: GET ${url} did not answer JSON (${(error as Error).message})`, false, error);
  }
}

function fetchFailed(message: string, isRetryable: boolean, cause?: unknown, details: Record<string, unknown> = {}): SwitchboardError {
  return new SwitchboardError('SOURCE_FETCH_FAILED', message, { cause, isRetryable, details });
}

/** Basic auth when there is a user name, else a bearer token; no header without a token. */
export function authorizationHeaders(user: string | null, token: string | null): Record<string, string> {
  if (token === null) return {};
  if (user === null) return { authorization: `Bearer ${token}` };
  return { authorization: `Basic ${Buffer.from(`${user}:${token}`).toString('base64')}` };
}
