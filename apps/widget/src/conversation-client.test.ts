import { describe, expect, it } from 'vitest';
import { createFakeFetch, eventStream, json } from './__fixtures__/fake-fetch.js';
import { createConversationClient } from './conversation-client.js';
import { WidgetRequestError } from './widget-request-error.js';

const host = 'https://sb.test';
const session = { id: 'conv_1', token: 'tok_secret' };
const citation = {
  index: 1,
  chunkId: 'c1',
  documentId: 'd1',
  title: 'Refunds',
  section: 'Eligibility',
  path: 'kb/refunds.md',
  url: 'https://help.test/refunds',
  page: null,
};
const reply = {
  messageId: 'msg_2',
  text: 'Refunds take 5 days. [1]',
  plainText: '…',
  citations: [citation],
  confidence: 0.9,
  handoff: null,
  traceId: 't',
  silent: false,
};

describe('conversation client', () => {
  it('creates a conversation with the widget key and the device id', async () => {
    const server = createFakeFetch({ 'POST /v1/conversations': () => json(201, { id: 'conv_1', token: 'tok' }) });
    const client = createConversationClient({ host, widgetKey: 'sb_widget_k', fetch: server.fetch });
    expect(await client.create({ deviceId: 'dev', identityToken: 'jwt' })).toEqual({ id: 'conv_1', token: 'tok' });
    expect(server.requests[0]).toMatchObject({
      url: 'https://sb.test/v1/conversations',
      headers: { authorization: 'Bearer sb_widget_k', 'content-type': 'application/json' },
      body: { deviceId: 'dev', identityToken: 'jwt' },
    });
  });

  it('streams an answer: status, then the pieces, then the final message', async () => {
    const server = createFakeFetch({
      'POST /v1/conversations/:id/messages': () =>
        eventStream([
          ['status', { stage: 'thinking' }],
          ['delta', { text: 'Refunds take ' }],
          ['delta', { text: '5 days. [1]' }],
          ['message', reply],
        ]),
    });
    const client = createConversationClient({ host, widgetKey: 'k', fetch: server.fetch });
    const seen: string[] = [];
    const answer = await client.send(session, 'How long do refunds take?', {
      onStatus: (stage) => seen.push(`status ${stage}`),
      onDelta: (text) => seen.push(text),
    });
    expect(seen).toEqual(['status thinking', 'Refunds take ', '5 days. [1]']);
    expect(answer).toEqual({
      messageId: 'msg_2',
      text: 'Refunds take 5 days. [1]',
      citations: [{ index: 1, title: 'Refunds', section: 'Eligibility', url: 'https://help.test/refunds' }],
      handoff: null,
      silent: false,
    });
    const request = server.requests[0]!;
    expect(request.headers).toMatchObject({ authorization: 'Bearer tok_secret', accept: 'text/event-stream' });
    expect(request.body).toEqual({ text: 'How long do refunds take?' });
    expect(request.url).not.toContain('tok_secret');
  });

  it('reads a JSON reply when the server does not stream', async () => {
    const server = createFakeFetch({ 'POST /v1/conversations/:id/messages': () => json(200, reply) });
    const client = createConversationClient({ host, widgetKey: 'k', fetch: server.fetch });
    expect((await client.send(session, 'hi')).messageId).toBe('msg_2');
  });

  it('reads a silent reply (a person owns the conversation) as silent', async () => {
    const silent = {
      text: null,
      plainText: null,
      citations: [],
      confidence: 0,
      handoff: { mode: 'transferred', id: 'h1', status: 'claimed', reason: 'r', queue: 'q' },
      traceId: null,
      silent: true,
    };
    const server = createFakeFetch({ 'POST /v1/conversations/:id/messages': () => eventStream([['message', silent]]) });
    const client = createConversationClient({ host, widgetKey: 'k', fetch: server.fetch });
    expect(await client.send(session, 'hello?')).toEqual({
      messageId: null,
      text: null,
      citations: [],
      handoff: { mode: 'transferred', id: 'h1', status: 'claimed' },
      silent: true,
    });
  });

  it("rejects with the server's code on an error event, and when the stream ends without an answer", async () => {
    const failing = createFakeFetch({
      'POST /v1/conversations/:id/messages': () =>
        eventStream([
          ['status', { stage: 'thinking' }],
          ['error', { status: 500, error: { code: 'INTERNAL', message: 'boom' } }],
        ]),
    });
    await expect(createConversationClient({ host, widgetKey: 'k', fetch: failing.fetch }).send(session, 'hi')).rejects.toMatchObject({
      code: 'INTERNAL',
      status: 500,
    });
    const cut = createFakeFetch({ 'POST /v1/conversations/:id/messages': () => eventStream([['delta', { text: 'Refu' }]]) });
    await expect(createConversationClient({ host, widgetKey: 'k', fetch: cut.fetch }).send(session, 'hi')).rejects.toMatchObject({
      code: 'NETWORK',
    });
  });

  it('says when the token no longer opens the conversation, and when the server is unreachable', async () => {
    for (const status of [401, 403, 404]) {
      const server = createFakeFetch({ 'GET /v1/conversations/:id': () => json(status, { error: { code: 'X', message: 'no' } }) });
      const error = await createConversationClient({ host, widgetKey: 'k', fetch: server.fetch })
        .load(session)
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(WidgetRequestError);
      expect((error as WidgetRequestError).conversationGone).toBe(true);
    }
    const offline = createConversationClient({ host, widgetKey: 'k', fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    await expect(offline.send(session, 'hi')).rejects.toMatchObject({ code: 'NETWORK', conversationGone: false });
  });

  it('loads the conversation with its messages and status', async () => {
    const server = createFakeFetch({
      'GET /v1/conversations/:id': () =>
        json(200, {
          id: 'conv_1',
          status: 'handoff',
          messages: [
            { id: 'm1', conversationId: 'conv_1', role: 'customer', text: 'hi', createdAt: 'x', citations: [], traceId: null },
            { id: 'm2', role: 'bot', text: 'Hello [1]', citations: [citation] },
            { id: 'm3', role: 'system', text: 'an unknown role is skipped' },
          ],
        }),
    });
    const record = await createConversationClient({ host, widgetKey: 'k', fetch: server.fetch }).load(session);
    expect(record.status).toBe('handoff');
    expect(record.messages.map((message) => `${message.role} ${message.id} ${message.citations.length}`)).toEqual([
      'customer m1 0',
      'bot m2 1',
    ]);
  });

  it('posts thumbs and ratings to the feedback route, and asks for a person', async () => {
    const server = createFakeFetch({
      'POST /v1/conversations/:id/feedback': () => json(201, { id: 'f1' }),
      'POST /v1/conversations/:id/handoff': () =>
        json(201, { handoff: { id: 'h1', status: 'open', claimedBy: null, reason: 'customer_request' } }),
    });
    const client = createConversationClient({ host, widgetKey: 'k', fetch: server.fetch });
    await client.feedback(session, { messageId: 'msg_2', thumbs: 'down' });
    await client.feedback(session, { csat: 4, comment: 'quick' });
    expect(await client.requestHuman(session)).toEqual({ id: 'h1', status: 'open', claimedBy: null });
    expect(server.requests.map((request) => [request.url, request.body])).toEqual([
      ['https://sb.test/v1/conversations/conv_1/feedback', { messageId: 'msg_2', thumbs: 'down' }],
      ['https://sb.test/v1/conversations/conv_1/feedback', { csat: 4, comment: 'quick' }],
      ['https://sb.test/v1/conversations/conv_1/handoff', {}],
    ]);
  });
});
