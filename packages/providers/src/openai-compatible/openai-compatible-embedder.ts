/** An Embedder for any server speaking OpenAI's /embeddings (OpenAI, Ollama, vLLM, llama.cpp, TEI behind a shim). */
import type { Embedder } from '@switchboard/spec';
import { errorFromException, errorFromResponse, malformedResponse } from './provider-error.js';

export interface OpenAiCompatibleEmbedderSettings {
  readonly baseUrl: string;
  readonly model: string;
  readonly dimensions: number;
  readonly apiKey?: string;
  readonly maxBatchSize?: number;
  readonly timeoutMs?: number;
  readonly fetch?: typeof globalThis.fetch;
}

export function createOpenAiCompatibleEmbedder(settings: OpenAiCompatibleEmbedderSettings): Embedder {
  const id = `openai-compatible:${settings.model}`;
  const fetchImpl = settings.fetch ?? globalThis.fetch;
  return {
    id,
    dimensions: settings.dimensions,
    maxBatchSize: settings.maxBatchSize ?? 64,
    async embed(texts, options = {}) {
      const timeout = AbortSignal.timeout(settings.timeoutMs ?? 30_000);
      const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
      let response: Response;
      let raw: string;
      try {
        response = await fetchImpl(`${settings.baseUrl.replace(/\/+$/, '')}/embeddings`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(settings.apiKey ? { authorization: `Bearer ${settings.apiKey}` } : {}) },
          body: JSON.stringify({ model: settings.model, input: texts }),
          signal,
        });
        raw = await response.text();
      } catch (error) {
        throw errorFromException(id, error, timeout.aborted && !options.signal?.aborted);
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
        if (!Array.isArray(item.embedding) || item.embedding.length !== settings.dimensions)
          throw malformedResponse(id, `an embedding is not ${settings.dimensions} numbers`);
        return Float32Array.from(item.embedding as number[]);
      });
    },
  };
}
