import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error';
import { createApiClient } from './client';

function recordingFetch(response: () => Response) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return response();
  }) as unknown as typeof globalThis.fetch;
  return { calls, fetch };
}

describe('createApiClient', () => {
  it('sends the key as a Bearer token and a JSON body, and returns the parsed answer', async () => {
    const { calls, fetch } = recordingFetch(() => Response.json({ id: 'h1', status: 'claimed' }));
    const api = createApiClient({ key: 'sb_agent_secret', fetch });
    await expect(api.post('/v1/handoffs/h1/claim', { agent: 'ana' })).resolves.toEqual({ id: 'h1', status: 'claimed' });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('/v1/handoffs/h1/claim');
    expect(calls[0]!.init.method).toBe('POST');
    expect(calls[0]!.init.body).toBe('{"agent":"ana"}');
    expect(calls[0]!.init.headers).toMatchObject({ Authorization: 'Bearer sb_agent_secret', 'Content-Type': 'application/json' });
  });

  it('rejects with the API error and signs out on 401', async () => {
    const onUnauthorized = vi.fn();
    const { fetch } = recordingFetch(() => Response.json({ error: { code: 'UNAUTHENTICATED', message: 'no valid key' } }, { status: 401 }));
    const api = createApiClient({ key: 'sb_agent_revoked', fetch, onUnauthorized });
    await expect(api.get('/v1/handoffs')).rejects.toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('keeps the session on other errors', async () => {
    const onUnauthorized = vi.fn();
    const { fetch } = recordingFetch(() => Response.json({ error: { code: 'FORBIDDEN', message: 'needs admin' } }, { status: 403 }));
    const api = createApiClient({ key: 'sb_agent_x', fetch, onUnauthorized });
    await expect(api.get('/v1/knowledge/sources')).rejects.toBeInstanceOf(ApiError);
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('reports an unreachable server as NETWORK_ERROR', async () => {
    const fetch = (async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof globalThis.fetch;
    await expect(createApiClient({ key: 'k', fetch }).get('/v1/me')).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
  });

  it('asks for an event stream and hands back its body', async () => {
    const { calls, fetch } = recordingFetch(
      () => new Response('event: handoffs\ndata: {}\n\n', { headers: { 'Content-Type': 'text/event-stream' } }),
    );
    const body = await createApiClient({ key: 'k', fetch }).stream('/v1/handoffs/stream', new AbortController().signal);
    expect(await new Response(body).text()).toBe('event: handoffs\ndata: {}\n\n');
    expect(calls[0]!.init.headers).toMatchObject({ Accept: 'text/event-stream', Authorization: 'Bearer k' });
    expect(calls[0]!.init.headers).not.toHaveProperty('Content-Type');
  });
});
