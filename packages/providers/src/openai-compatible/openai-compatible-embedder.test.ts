import { embedderContract, startOpenAiStandIn } from '@switchboard/testkit';
import { describe, expect, it } from 'vitest';
import { createEmbeddingCache } from '../embedding-cache.js';
import { createOpenAiCompatibleEmbedder } from './openai-compatible-embedder.js';

/** A scripted fetch: each call takes the next reply; embeddings echo the input text length so order is checkable. */
function scriptedFetch(statuses: number[]) {
  const calls: { input: string[] }[] = [];
  const fetch: typeof globalThis.fetch = async (_url, init) => {
    const input = (JSON.parse(String(init?.body)) as { input: string[] }).input;
    calls.push({ input });
    const status = statuses.shift() ?? 200;
    if (status !== 200) return new Response('{"error":"busy"}', { status, headers: status === 429 ? { 'retry-after': '1' } : {} });
    const data = input.map((text, index) => ({ index, embedding: [text.length, 1] })).reverse();
    return new Response(JSON.stringify({ data }), { status: 200 });
  };
  return { fetch, calls };
}

describe('OpenAI-compatible embedder against a local stand-in server', () => {
  it('embeds a batch in input order and rejects vectors of the wrong size', async () => {
    const server = await startOpenAiStandIn({ embeddingDimensions: 8 });
    try {
      const embedder = createOpenAiCompatibleEmbedder({ baseUrl: server.baseUrl, model: 'nomic-embed-text', dimensions: 8 });
      const [refund, refundAgain, shipping] = await embedder.embed(['refund policy', 'refund policy', 'express shipping']);
      expect(refund).toHaveLength(8);
      expect([...(refund ?? [])]).toEqual([...(refundAgain ?? [])]);
      expect([...(refund ?? [])]).not.toEqual([...(shipping ?? [])]);
      // A repeated text is sent once.
      expect(server.requests[0]?.body).toEqual({ model: 'nomic-embed-text', input: ['refund policy', 'express shipping'] });
      const wrongSize = createOpenAiCompatibleEmbedder({ baseUrl: server.baseUrl, model: 'm', dimensions: 4, retries: 0 });
      await expect(wrongSize.embed(['x'])).rejects.toMatchObject({ code: 'PROVIDER_FAILURE' });
    } finally {
      await server.close();
    }
  });

  it('learns its dimensions from the first response when none are configured', async () => {
    const server = await startOpenAiStandIn({ embeddingDimensions: 12 });
    try {
      const embedder = createOpenAiCompatibleEmbedder({ baseUrl: server.baseUrl, model: 'bge-small' });
      expect(embedder.dimensions).toBe(0);
      await embedder.embed(['hello']);
      expect(embedder.dimensions).toBe(12);
    } finally {
      await server.close();
    }
  });
});

describe('createOpenAiCompatibleEmbedder', () => {
  it('splits large inputs into batches of maxBatchSize and keeps the input order', async () => {
    const { fetch, calls } = scriptedFetch([]);
    const embedder = createOpenAiCompatibleEmbedder({ baseUrl: 'http://stand-in/v1', model: 'm', maxBatchSize: 2, fetch });
    const vectors = await embedder.embed(['a', 'bb', 'ccc', 'dddd', 'eeeee']);
    expect(calls.map((call) => call.input)).toEqual([['a', 'bb'], ['ccc', 'dddd'], ['eeeee']]);
    expect(vectors.map((vector) => vector[0])).toEqual([1, 2, 3, 4, 5]);
  });

  it('retries 429 and 5xx with backoff, honouring Retry-After, then succeeds', async () => {
    const { fetch, calls } = scriptedFetch([429, 503]);
    const slept: number[] = [];
    const embedder = createOpenAiCompatibleEmbedder({
      baseUrl: 'http://stand-in/v1',
      model: 'm',
      fetch,
      baseDelayMs: 100,
      sleep: async (ms) => void slept.push(ms),
    });
    expect((await embedder.embed(['abc']))[0]?.[0]).toBe(3);
    expect(calls).toHaveLength(3);
    expect(slept).toEqual([1000, 200]);
  });

  it('gives up after the configured retries and does not retry a 400', async () => {
    const busy = scriptedFetch([503, 503, 503]);
    const embedder = createOpenAiCompatibleEmbedder({
      baseUrl: 'http://x/v1',
      model: 'm',
      fetch: busy.fetch,
      retries: 2,
      sleep: async () => {},
    });
    await expect(embedder.embed(['a'])).rejects.toMatchObject({ code: 'PROVIDER_FAILURE', isRetryable: true });
    expect(busy.calls).toHaveLength(3);
    const bad = scriptedFetch([400]);
    const strict = createOpenAiCompatibleEmbedder({ baseUrl: 'http://x/v1', model: 'm', fetch: bad.fetch, sleep: async () => {} });
    await expect(strict.embed(['a'])).rejects.toMatchObject({ isRetryable: false });
    expect(bad.calls).toHaveLength(1);
  });

  it('answers repeated texts from the cache, which is keyed by model id as well as text', async () => {
    const cache = createEmbeddingCache();
    const first = scriptedFetch([]);
    const small = createOpenAiCompatibleEmbedder({ baseUrl: 'http://x/v1', model: 'small', fetch: first.fetch, cache });
    await small.embed(['refunds', 'shipping']);
    await small.embed(['refunds']);
    expect(first.calls.map((call) => call.input)).toEqual([['refunds', 'shipping']]);
    const second = scriptedFetch([]);
    const large = createOpenAiCompatibleEmbedder({ baseUrl: 'http://x/v1', model: 'large', fetch: second.fetch, cache });
    await large.embed(['refunds']);
    expect(second.calls.map((call) => call.input)).toEqual([['refunds']]);
  });
});

embedderContract('OpenAI-compatible embedder over a local stand-in for the vendor API (HTTP on 127.0.0.1)', async () => {
  const server = await startOpenAiStandIn({ embeddingDimensions: 16 });
  return {
    embedder: createOpenAiCompatibleEmbedder({ baseUrl: server.baseUrl, model: 'nomic-embed-text', maxBatchSize: 8 }),
    close: () => server.close(),
  };
});
