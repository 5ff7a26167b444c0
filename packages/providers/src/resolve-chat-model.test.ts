import { describe, expect, it } from 'vitest';
import { chatModelContract } from '@switchboard/testkit';
import { recordedAnthropicVendor } from './anthropic/__fixtures__/recorded-anthropic-vendor.js';
import { recordedOpenAiVendor } from './openai-compatible/__fixtures__/recorded-openai-vendor.js';
import { resolveChatModel } from './resolve-chat-model.js';

// What the registry gives the apps, each on a local stand-in for its vendor's API replaying recorded responses.
for (const name of ['openai-compatible:llama3.1:8b', 'openai:gpt-4o-mini'])
  chatModelContract(
    `resolveChatModel('${name}') over a local stand-in for the vendor API`,
    recordedOpenAiVendor((baseUrl) => resolveChatModel(name, { baseUrl, apiKey: 'test-key', timeoutMs: 5_000 })),
  );
chatModelContract(
  "resolveChatModel('anthropic:claude-3-5-haiku-latest') over a local stand-in for the Messages API",
  recordedAnthropicVendor((baseUrl) =>
    resolveChatModel('anthropic:claude-3-5-haiku-latest', { baseUrl, apiKey: 'test-key', timeoutMs: 5_000 }),
  ),
);

describe('resolveChatModel', () => {
  it("names each model by its configured 'provider:model' and refuses names it cannot resolve", () => {
    expect(resolveChatModel('openai-compatible:llama3.1:8b', { baseUrl: 'http://127.0.0.1:1/v1' }).id).toBe(
      'openai-compatible:llama3.1:8b',
    );
    expect(resolveChatModel('openai:gpt-4o-mini').id).toBe('openai:gpt-4o-mini');
    expect(resolveChatModel('anthropic:claude-3-5-haiku-latest').id).toBe('anthropic:claude-3-5-haiku-latest');
    expect(() => resolveChatModel('openai-compatible:llama3.1')).toThrow(/needs a base URL/);
    expect(() => resolveChatModel('llama3.1')).toThrow(/must be written 'provider:model'/);
    expect(() => resolveChatModel('mistral:large')).toThrow(/unknown model provider 'mistral'/);
  });
});
