/** An Embedder for any server speaking OpenAI's /embeddings (OpenAI, Ollama, vLLM, llama.cpp, TEI behind a shim). */
import { isSwitchboardError, type Embedder } from '@switchboard/spec';
import { createEmbeddingCache, type EmbeddingCache } from '../embedding-cache.js';
import { errorFromException, errorFromResponse, malformedResponse } from '../http/provider-error.js';

export interface OpenAiCompatibleEmbedderSettings {
  readonly baseUrl: string;
  readonly model: string;
  /** Checked against every vector when given; otherwise learned from the first response. */
  readonly dimensions?: number;
  readonly apiKey?: string;
  /** Texts per request; larger inputs are split. Default 64. */
  readonly maxBatchSize?: number;
  readonly timeoutMs?: number;
  /** Retries of a retryable failure (429, 5xx, timeout, garbled body), with exponential backoff. Default 3. */
  readonly retries?: number;
  /** First backoff delay; doubles per retry up to 8 s, or waits what Retry-After asks. Default 500 ms. */
  readonly baseDelayMs?: number;
  /** Shared or test cache; default a private one of 10 000 entries. */
  readonly cache?: EmbeddingCache;
  readonly fetch?: typeof globalThis.fetch;
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

const defaultSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });

export function createOpenAiCompatibleEmbedder(settings: OpenAiCompatibleEmbedderSettings): Embedder {
  const id = `openai-compatible:${settings.model}`;
  const fetchImpl = settings.fetch ?? globalThis.fetch;
  const sleep = settings.sleep ?? defaultSleep;
  const cache = settings.cache ?? createEmbeddingCache();
  const maxBatchSize = settings.maxBatchSize ?? 64;
  let dimensions = settings.dimensions ?? 0;

  async function request(texts: readonly string[], signal?: AbortSignal): Promise<Float32Array[]> {
    const timeout = AbortSignal.timeout(settings.timeoutMs ?? 30_000);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let response: Response;
    let raw: string;
    try {
      response = await fetchImpl(`${settings.baseUrl.replace(/\/+$/, '')}/embeddings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(settings.apiKey ? { authorization: `Bearer ${settings.apiKey}` } : {}) },
        body: JSON.stringify({ model: settings.model, input: texts }),
        signal: combined,
      });
      raw = await response.text();
    } catch (error) {
      throw errorFromException(id, error, timeout.aborted && !signal?.aborted);
    }
    if (!response.ok) throw errorFromResponse(id, response.status, raw, response.headers.get('retry-after'));
    let data: { index?: number; embedding?: unknown }[];
    try {
      data = (JSON.parse(raw) as { data: { index?: number; embedding?: unknown }[] }).data;
    } catch (error) {
      throw malformedResponse(id, 'body is not JSON', error);
    }
    if (!Array.isArray(data) || data.length !== texts.length) throw malformedResponse(id, `expected ${texts.length} embeddings`);
    // The spec allows any order in `data`; `index` says which input each vector belongs to.
    const ordered = [...data].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    return ordered.map((item) => {
      const expected = dimensions || (Array.isArray(item.embedding) ? item.embedding.length : 0);
      if (!Array.isArray(item.embedding) || expected === 0 || item.embedding.length !== expected)
        throw malformedResponse(id, `an embedding is not ${expected || 'a list of'} numbers`);
      dimensions = expected;
      return Float32Array.from(item.embedding as number[]);
    });
  }

  async function withRetries(texts: readonly string[], signal?: AbortSignal): Promise<Float32Array[]> {
    const retries = settings.retries ?? 3;
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await request(texts, signal);
      } catch (error) {
        if (attempt >= retries || !isSwitchboardError(error) || !error.isRetryable || signal?.aborted) throw error;
        const asked = Number((error.details as { retryAfterMs?: unknown } | undefined)?.retryAfterMs);
        const backoff = Math.min((settings.baseDelayMs ?? 500) * 2 ** attempt, 8_000);
        await sleep(Number.isFinite(asked) && asked > 0 ? Math.min(asked, 60_000) : backoff, signal);
      }
    }
  }

  return {
    id,
    get dimensions() {
      return dimensions;
    },
    maxBatchSize,
    async embed(texts, options = {}) {
      const vectors: (Float32Array | undefined)[] = texts.map((text) => cache.get(id, text));
      const missing = [...new Set(texts.filter((_, i) => vectors[i] === undefined))];
      const fresh = new Map<string, Float32Array>();
      for (let start = 0; start < missing.length; start += maxBatchSize) {
        const batch = missing.slice(start, start + maxBatchSize);
        const embedded = await withRetries(batch, options.signal);
        batch.forEach((text, i) => {
          fresh.set(text, embedded[i]!);
          cache.set(id, text, embedded[i]!);
        });
      }
      return texts.map((text, i) => vectors[i] ?? fresh.get(text)!);
    },
  };
}
