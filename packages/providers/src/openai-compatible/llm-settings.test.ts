import { startOpenAiStandIn } from '@switchboard/testkit';
import { describe, expect, it } from 'vitest';
import { llmSettingsFromEnvironment } from './llm-settings.js';
import { createOpenAiCompatibleEmbedder } from './openai-compatible-embedder.js';
import { resolveChatModel } from './resolve-chat-model.js';

describe('llmSettingsFromEnvironment', () => {
  it('returns null when no endpoint is configured, so the extractive answerer stays', () => {
    expect(llmSettingsFromEnvironment({})).toBeNull();
  });

  it('names a bare or Ollama-style model as openai-compatible and keeps an explicit provider', () => {
    const env = {
      SWITCHBOARD_LLM_BASE_URL: 'http://localhost:11434/v1',
      SWITCHBOARD_LLM_MODEL: 'llama3.1:8b',
      SWITCHBOARD_LLM_API_KEY: 'k',
    };
    expect(llmSettingsFromEnvironment(env)).toEqual({
      model: 'openai-compatible:llama3.1:8b',
      baseUrl: 'http://localhost:11434/v1',
      apiKey: 'k',
    });
    expect(llmSettingsFromEnvironment({ ...env, SWITCHBOARD_LLM_MODEL: 'openai:gpt-4o-mini' })?.model).toBe('openai:gpt-4o-mini');
  });

  it('says which variable is missing or malformed', () => {
    expect(() => llmSettingsFromEnvironment({ SWITCHBOARD_LLM_MODEL: 'llama3.1' })).toThrow(/SWITCHBOARD_LLM_BASE_URL is not set/);
    expect(() => llmSettingsFromEnvironment({ SWITCHBOARD_LLM_MODEL: 'x', SWITCHBOARD_LLM_BASE_URL: 'localhost' })).toThrow(/not a URL/);
  });
});

describe('resolveChatModel', () => {
  it('resolves provider:model names and rejects unknown providers with the known list', () => {
    expect(resolveChatModel('openai-compatible:llama3.1:8b', { baseUrl: 'http://127.0.0.1:1/v1' }).id).toBe(
      'openai-compatible:llama3.1:8b',
    );
    expect(resolveChatModel('openai:gpt-4o-mini').id).toBe('openai:gpt-4o-mini');
    expect(() => resolveChatModel('llama3.1')).toThrow(/provider:model/);
    expect(() => resolveChatModel('cohere:command')).toThrow(/known: openai-compatible, openai/);
    expect(() => resolveChatModel('openai-compatible:llama3.1')).toThrow(/SWITCHBOARD_LLM_BASE_URL/);
  });
});

describe('OpenAI-compatible embedder against a local stand-in server', () => {
  it('embeds a batch in input order and rejects vectors of the wrong size', async () => {
    const server = await startOpenAiStandIn({ embeddingDimensions: 8 });
    try {
      const embedder = createOpenAiCompatibleEmbedder({ baseUrl: server.baseUrl, model: 'nomic-embed-text', dimensions: 8 });
      const [refund, refundAgain, shipping] = await embedder.embed(['refund policy', 'refund policy', 'express shipping']);
      expect(refund).toHaveLength(8);
      expect([...(refund ?? [])]).toEqual([...(refundAgain ?? [])]);
      expect([...(refund ?? [])]).not.toEqual([...(shipping ?? [])]);
      expect(server.requests[0]?.body).toEqual({
        model: 'nomic-embed-text',
        input: ['refund policy', 'refund policy', 'express shipping'],
      });
      const wrongSize = createOpenAiCompatibleEmbedder({ baseUrl: server.baseUrl, model: 'm', dimensions: 4 });
      await expect(wrongSize.embed(['x'])).rejects.toMatchObject({ code: 'PROVIDER_FAILURE' });
    } finally {
      await server.close();
    }
  });
});
