import { readFileSync } from 'node:fs';
import { isSwitchboardError, type SwitchboardError } from '@switchboard/spec';
import { chatModelContract, startOpenAiStandIn, streamParts, type OpenAiStandIn } from '@switchboard/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatModel } from '@switchboard/spec';
import { createOpenAiCompatibleChatModel } from './openai-compatible-chat-model.js';
import { recordedOpenAiVendor } from './__fixtures__/recorded-openai-vendor.js';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
const messages = [{ role: 'user' as const, content: 'How long do refunds take?' }];

async function failureOf(promise: Promise<unknown>): Promise<SwitchboardError> {
  try {
    await promise;
  } catch (error) {
    if (isSwitchboardError(error)) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('OpenAI-compatible provider against a local stand-in server', () => {
  let server: OpenAiStandIn;
  let model: ChatModel;
  beforeEach(async () => {
    server = await startOpenAiStandIn();
    model = createOpenAiCompatibleChatModel({ baseUrl: server.baseUrl, model: 'llama3.1', apiKey: 'test-key', timeoutMs: 2_000 });
  });
  afterEach(() => server.close());

  it('sends the model, messages, limits and key, and reads a recorded completion', async () => {
    server.enqueue({ kind: 'raw', contentType: 'application/json', body: fixture('chat-completion.json') });
    const result = await model.generate({ messages, maxOutputTokens: 50, temperature: 0 });
    expect(model.id).toBe('openai-compatible:llama3.1');
    expect(result).toEqual({
      text: 'Refunds are issued to the original payment method within 5 business days [c1].',
      usage: { inputTokens: 312, outputTokens: 19 },
      finishReason: 'stop',
    });
    expect(server.requests[0]?.path).toBe('/v1/chat/completions');
    expect(server.requests[0]?.body).toMatchObject({ model: 'llama3.1', messages, max_tokens: 50, temperature: 0 });
    expect(server.requests[0]?.headers.authorization).toBe('Bearer test-key');
  });

  it('streams text deltas and finishes with the usage the server reports', async () => {
    server.enqueue({ kind: 'text', text: 'Refunds take 5 business days [c1].', usage: { input: 40, output: 9 } });
    const parts = await streamParts(model, { messages });
    const text = parts.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('');
    expect(text).toBe('Refunds take 5 business days [c1].');
    expect(parts.filter((part) => part.type === 'text').length).toBeGreaterThan(1);
    expect(parts.at(-1)).toEqual({ type: 'finish', usage: { inputTokens: 40, outputTokens: 9 }, finishReason: 'stop' });
    expect(server.requests[0]?.body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
  });

  it('accepts a recorded stream that ends on its finish reason without [DONE], estimating usage', async () => {
    server.enqueue({ kind: 'raw', contentType: 'text/event-stream', body: fixture('chat-completion-stream-no-done.txt') });
    const parts = await streamParts(model, { messages });
    expect(parts.map((part) => (part.type === 'text' ? part.text : '|')).join('')).toBe('Items must be returned within 30 days [c1].|');
    expect(parts.at(-1)).toMatchObject({ type: 'finish', finishReason: 'stop', usage: { outputTokens: 11 } });
  });

  it('marks 429 and 5xx retryable, carries Retry-After, and 401 not retryable with a hint', async () => {
    server.enqueue({ kind: 'status', status: 429, retryAfterSeconds: 2 }, { kind: 'status', status: 503 }, { kind: 'status', status: 401 });
    const limited = await failureOf(model.generate({ messages }));
    expect(limited).toMatchObject({ code: 'PROVIDER_FAILURE', isRetryable: true, details: { status: 429, retryAfterMs: 2000 } });
    expect(await failureOf(model.generate({ messages }))).toMatchObject({ isRetryable: true, details: { status: 503 } });
    const unauthorised = await failureOf(model.generate({ messages }));
    expect(unauthorised.isRetryable).toBe(false);
    expect(unauthorised.message).toContain('SWITCHBOARD_LLM_API_KEY');
  });

  it('reports malformed JSON, plain and streamed, as a retryable provider failure', async () => {
    server.enqueue({ kind: 'malformed' }, { kind: 'malformed' });
    expect(await failureOf(model.generate({ messages }))).toMatchObject({ code: 'PROVIDER_FAILURE', isRetryable: true });
    expect(await failureOf(streamParts(model, { messages }))).toMatchObject({ code: 'PROVIDER_FAILURE', isRetryable: true });
  });

  it('rejects a stream that stops halfway, whether the server ends it or resets the connection', async () => {
    server.enqueue({ kind: 'cut-stream', text: 'Refunds take five business days [c1].', afterChunks: 2 });
    server.enqueue({ kind: 'cut-stream', text: 'Refunds take five business days [c1].', afterChunks: 2, abrupt: true });
    const ended = await failureOf(streamParts(model, { messages }));
    expect(ended.message).toContain('stopped before the reply finished');
    expect(ended.isRetryable).toBe(true);
    expect(await failureOf(streamParts(model, { messages }))).toMatchObject({ code: 'PROVIDER_FAILURE', isRetryable: true });
  });

  it('times out a slow server with a retryable error, and a cancelled call with a final one', async () => {
    const quick = createOpenAiCompatibleChatModel({ baseUrl: server.baseUrl, model: 'llama3.1', timeoutMs: 50 });
    server.enqueue({ kind: 'hang' }, { kind: 'hang' });
    const timedOut = await failureOf(quick.generate({ messages }));
    expect(timedOut).toMatchObject({ isRetryable: true });
    expect(timedOut.message).toContain('timed out');
    const controller = new AbortController();
    const pending = model.generate({ messages, signal: controller.signal });
    controller.abort();
    expect(await failureOf(pending)).toMatchObject({ isRetryable: false });
  });

  it('returns an empty answer as empty text for the caller to judge', async () => {
    server.enqueue({ kind: 'empty' });
    expect((await model.generate({ messages })).text).toBe('');
  });
});

chatModelContract(
  'OpenAI-compatible adapter over a local stand-in for the vendor API replaying recorded responses',
  recordedOpenAiVendor((baseUrl) => createOpenAiCompatibleChatModel({ baseUrl, model: 'llama3.1', apiKey: 'test-key', timeoutMs: 5_000 })),
);
