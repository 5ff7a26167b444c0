import { describe, expect, it } from 'vitest';
import { llmSettingsFromEnvironment, resolveLlmSettings } from './llm-settings.js';
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

describe('resolveLlmSettings', () => {
  const section = {
    model: 'anthropic:claude-big',
    smallModel: 'llama3.1:8b',
    judgeModel: 'openai:gpt-4o-mini',
    baseUrl: 'http://gateway.internal/v1',
    apiKeyEnv: 'ACME_LLM_KEY',
  };

  it('reads the models from config, qualifies bare names and takes the key from the variable apiKeyEnv names', () => {
    expect(resolveLlmSettings(section, { ACME_LLM_KEY: 'secret' })).toEqual({
      model: 'anthropic:claude-big',
      smallModel: 'openai-compatible:llama3.1:8b',
      judgeModel: 'openai:gpt-4o-mini',
      baseUrl: 'http://gateway.internal/v1',
      apiKey: 'secret',
    });
  });

  it('lets the SWITCHBOARD_LLM_* variables win over the config', () => {
    const env = {
      ACME_LLM_KEY: 'secret',
      SWITCHBOARD_LLM_MODEL: 'qwen2.5',
      SWITCHBOARD_LLM_BASE_URL: 'http://localhost:11434/v1',
      SWITCHBOARD_LLM_API_KEY: 'env-key',
    };
    expect(resolveLlmSettings(section, env)).toMatchObject({
      model: 'openai-compatible:qwen2.5',
      baseUrl: 'http://localhost:11434/v1',
      apiKey: 'env-key',
      smallModel: 'openai-compatible:llama3.1:8b',
    });
  });

  it('falls back to the vendor key variable and needs no base URL for a vendor model', () => {
    expect(resolveLlmSettings({ model: 'anthropic:claude-big' }, { ANTHROPIC_API_KEY: 'a-key' })).toEqual({
      model: 'anthropic:claude-big',
      apiKey: 'a-key',
    });
  });

  it('returns null without a model and names what is wrong otherwise', () => {
    expect(resolveLlmSettings({ baseUrl: 'http://localhost:11434/v1' }, {})).toBeNull();
    expect(() => resolveLlmSettings(section, {})).toThrow(/llm.apiKeyEnv names ACME_LLM_KEY, which is not set/);
    expect(() => resolveLlmSettings({ model: 'llama3.1' }, {})).toThrow(/SWITCHBOARD_LLM_BASE_URL is not set.*llm.baseUrl/);
    expect(() => resolveLlmSettings({ model: 'llama3.1', baseUrl: 'localhost' }, {})).toThrow(/llm.baseUrl is not a URL/);
  });
});

describe('resolveChatModel', () => {
  it('resolves provider:model names and rejects unknown providers with the known list', () => {
    expect(resolveChatModel('openai-compatible:llama3.1:8b', { baseUrl: 'http://127.0.0.1:1/v1' }).id).toBe(
      'openai-compatible:llama3.1:8b',
    );
    expect(resolveChatModel('openai:gpt-4o-mini').id).toBe('openai:gpt-4o-mini');
    expect(() => resolveChatModel('llama3.1')).toThrow(/provider:model/);
    expect(resolveChatModel('anthropic:claude-3-5-haiku-latest').id).toBe('anthropic:claude-3-5-haiku-latest');
    expect(() => resolveChatModel('cohere:command')).toThrow(/known: openai-compatible, openai, anthropic/);
    expect(() => resolveChatModel('openai-compatible:llama3.1')).toThrow(/llm.baseUrl/);
  });
});
