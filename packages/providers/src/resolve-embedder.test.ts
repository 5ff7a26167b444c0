import { describe, expect, it } from 'vitest';
import { resolveEmbedder } from './resolve-embedder.js';

describe('resolveEmbedder', () => {
  it('needs a base URL for an openai-compatible embedder and takes it from the environment first', () => {
    expect(() => resolveEmbedder('openai-compatible:nomic-embed-text', { environment: {} })).toThrow(/SWITCHBOARD_EMBEDDINGS_BASE_URL/);
    const endpoint = { baseUrl: 'http://config.invalid/v1', apiKeyEnv: null, dimensions: 768, batchSize: 32 };
    const embedder = resolveEmbedder('openai-compatible:nomic-embed-text', {
      endpoint,
      environment: { SWITCHBOARD_EMBEDDINGS_BASE_URL: 'http://127.0.0.1:1/v1' },
    });
    expect(embedder).toMatchObject({ id: 'openai-compatible:nomic-embed-text', dimensions: 768, maxBatchSize: 32 });
  });

  it('names the available embedders for an unknown one and reports a missing ONNX folder', () => {
    expect(() => resolveEmbedder('cohere:embed')).toThrow(
      /available: local:glove-100d-sif, local:use-lite, openai-compatible:<model>, onnx:<folder>/,
    );
    expect(() => resolveEmbedder('onnx:models/missing', { baseDir: '/nonexistent' })).toThrow(/config.json does not exist/);
  });
});
