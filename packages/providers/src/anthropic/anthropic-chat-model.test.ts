import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isSwitchboardError, type ChatModel, type SwitchboardError } from '@switchboard/spec';
import { chatModelContract, streamParts } from '@switchboard/testkit';
import { anthropicVersion, createAnthropicChatModel } from './anthropic-chat-model.js';
import { recordedAnthropicVendor } from './__fixtures__/recorded-anthropic-vendor.js';

/** What the local Anthropic stand-in answers next: a JSON body, an SSE event list, or an error status. */
type StandInReply =
  | { readonly kind: 'json'; readonly body: unknown }
  | { readonly kind: 'events'; readonly events: readonly unknown[] }
  | { readonly kind: 'status'; readonly status: number; readonly retryAfter?: string };

interface AnthropicStandIn {
  readonly baseUrl: string;
  readonly requests: { path: string; headers: IncomingHttpHeaders; body: Record<string, unknown> }[];
  enqueue(reply: StandInReply): void;
  close(): Promise<void>;
}

/** A local stand-in for the Messages API on 127.0.0.1: no test here reaches Anthropic. */
async function startAnthropicStandIn(): Promise<AnthropicStandIn> {
  const queue: StandInReply[] = [];
  const requests: AnthropicStandIn['requests'] = [];
  const server: Server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    request.on('end', () => {
      requests.push({ path: request.url ?? '', headers: request.headers, body: JSON.parse(raw) as Record<string, unknown> });
      const reply = queue.shift() ?? { kind: 'status', status: 500 };
      if (reply.kind === 'status') {
        response.writeHead(reply.status, {
          'content-type': 'application/json',
          ...(reply.retryAfter ? { 'retry-after': reply.retryAfter } : {}),
        });
        response.end(JSON.stringify({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } }));
      } else if (reply.kind === 'json') {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(reply.body));
      } else {
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        for (const event of reply.events) response.write(`event: ${(event as { type: string }).type}\ndata: ${JSON.stringify(event)}\n\n`);
        response.end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (reply) => queue.push(reply),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const messages = [
  { role: 'system' as const, content: 'Answer from the sources.' },
  { role: 'user' as const, content: 'How long do refunds take?' },
];

async function failureOf(promise: Promise<unknown>): Promise<SwitchboardError> {
  try {
    await promise;
  } catch (error) {
    if (isSwitchboardError(error)) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

const streamed = (text: string[], stop = true) => [
  { type: 'message_start', message: { id: 'msg_1', usage: { input_tokens: 31, output_tokens: 1 } } },
  { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
  { type: 'ping' },
  ...text.map((piece) => ({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: piece } })),
  ...(stop
    ? [
        { type: 'content_block_stop', index: 0 },
        { type: 'message_delta', delta: { stop_reason: 'end_turn' }, usage: { output_tokens: 12 } },
        { type: 'message_stop' },
      ]
    : []),
];

describe('Anthropic adapter against a local stand-in server', () => {
  let server: AnthropicStandIn;
  let model: ChatModel;
  beforeEach(async () => {
    server = await startAnthropicStandIn();
    model = createAnthropicChatModel({ baseUrl: server.baseUrl, model: 'claude-test', apiKey: 'test-key', timeoutMs: 2_000 });
  });
  afterEach(() => server.close());

  it('sends the system prompt apart, the key, version and limits, and reads the reply', async () => {
    server.enqueue({
      kind: 'json',
      body: {
        type: 'message',
        content: [{ type: 'text', text: 'Refunds take 5 business days [c1].' }],
        stop_reason: 'end_turn',
        usage: { input_tokens: 120, output_tokens: 11 },
        added_upstream: { ignored: true },
      },
    });
    const result = await model.generate({ messages, temperature: 0, maxOutputTokens: 200 });
    expect(model.id).toBe('anthropic:claude-test');
    expect(result).toEqual({
      text: 'Refunds take 5 business days [c1].',
      usage: { inputTokens: 120, outputTokens: 11 },
      finishReason: 'end_turn',
    });
    const [request] = server.requests;
    expect(request?.path).toBe('/v1/messages');
    expect(request?.headers['x-api-key']).toBe('test-key');
    expect(request?.headers['anthropic-version']).toBe(anthropicVersion);
    expect(request?.body).toEqual({
      model: 'claude-test',
      max_tokens: 200,
      system: 'Answer from the sources.',
      messages: [{ role: 'user', content: 'How long do refunds take?' }],
      temperature: 0,
    });
  });

  it('streams text deltas and finishes with the usage of message_start and message_delta', async () => {
    server.enqueue({ kind: 'events', events: streamed(['Refunds take ', '5 business days', ' [c1].']) });
    const parts = await streamParts(model, { messages });
    expect(parts.filter((part) => part.type === 'text').map((part) => (part.type === 'text' ? part.text : ''))).toEqual([
      'Refunds take ',
      '5 business days',
      ' [c1].',
    ]);
    expect(parts.at(-1)).toEqual({ type: 'finish', usage: { inputTokens: 31, outputTokens: 12 }, finishReason: 'end_turn' });
    expect(server.requests[0]?.body).toMatchObject({ stream: true, max_tokens: 1024 });
  });

  it('fails retryably on a stream cut before message_stop and on an overloaded error event', async () => {
    server.enqueue({ kind: 'events', events: streamed(['Refunds take '], false) });
    const cut = await failureOf(streamParts(model, { messages }));
    expect(cut.isRetryable).toBe(true);
    expect(cut.message).toMatch(/stopped before the reply finished/);
    server.enqueue({
      kind: 'events',
      events: [...streamed(['Refunds'], false), { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } }],
    });
    const overloaded = await failureOf(streamParts(model, { messages }));
    expect(overloaded.isRetryable).toBe(true);
    expect(overloaded.details).toMatchObject({ type: 'overloaded_error' });
  });

  it('translates 529 (overloaded) into a retryable failure with Retry-After, and 401 into a final one', async () => {
    server.enqueue({ kind: 'status', status: 529, retryAfter: '2' });
    const overloaded = await failureOf(model.generate({ messages }));
    expect(overloaded).toMatchObject({ code: 'PROVIDER_FAILURE', isRetryable: true });
    expect(overloaded.details).toMatchObject({ status: 529, retryAfterMs: 2000 });
    server.enqueue({ kind: 'status', status: 401 });
    expect(await failureOf(model.generate({ messages }))).toMatchObject({ isRetryable: false });
  });

  it('uses an injected fetch, so the adapter needs no network at all', async () => {
    const seen: string[] = [];
    const fake: typeof fetch = async (input) => {
      seen.push(String(input));
      return new Response(JSON.stringify({ content: [{ type: 'text', text: 'ok' }], stop_reason: 'end_turn' }), { status: 200 });
    };
    const injected = createAnthropicChatModel({ model: 'claude-test', fetch: fake });
    expect((await injected.generate({ messages })).text).toBe('ok');
    expect(seen).toEqual(['https://api.anthropic.com/v1/messages']);
  });
});

chatModelContract(
  'Anthropic adapter over a local stand-in for the Messages API replaying recorded responses',
  recordedAnthropicVendor((baseUrl) =>
    createAnthropicChatModel({ baseUrl, model: 'claude-3-5-haiku-latest', apiKey: 'test-key', timeoutMs: 5_000 }),
  ),
);
