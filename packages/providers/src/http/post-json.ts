/** One JSON POST to a provider with a per-call timeout, translating network failures and HTTP errors at the edge. */
import { errorFromException, errorFromResponse } from './provider-error.js';

export interface JsonPost {
  /** Model id, named in every error. */
  readonly id: string;
  readonly fetch: typeof globalThis.fetch;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly timeoutMs: number;
  /** The caller's cancellation; our own timeout is combined with it. */
  readonly signal?: AbortSignal;
}

export interface PostedResponse {
  readonly response: Response;
  /** True when our timeout, not the caller, ended the call. */
  readonly timedOut: () => boolean;
}

export async function postJson(post: JsonPost): Promise<PostedResponse> {
  const timeout = AbortSignal.timeout(post.timeoutMs);
  const signal = post.signal ? AbortSignal.any([post.signal, timeout]) : timeout;
  const timedOut = (): boolean => timeout.aborted && !post.signal?.aborted;
  let response: Response;
  try {
    response = await post.fetch(post.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...post.headers },
      body: JSON.stringify(post.body),
      signal,
    });
  } catch (error) {
    throw errorFromException(post.id, error, timedOut());
  }
  if (!response.ok) {
    const text = await response.text().catch(() => '');
    throw errorFromResponse(post.id, response.status, text, response.headers.get('retry-after'));
  }
  return { response, timedOut };
}

/** The whole response body as text; a connection dropped mid-body is a provider error too. */
export async function readResponseText(id: string, posted: PostedResponse): Promise<string> {
  try {
    return await posted.response.text();
  } catch (error) {
    throw errorFromException(id, error, posted.timedOut());
  }
}
