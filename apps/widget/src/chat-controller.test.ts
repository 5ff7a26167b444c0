import { describe, expect, it } from 'vitest';
import { createFakeFetch, eventStream, json, liveStream, type RouteHandler } from './__fixtures__/fake-fetch.js';
import { createTranscriptView } from './__fixtures__/transcript-view.js';
import { createChatController, type LiveHandlers } from './chat-controller.js';
import { createConversationClient } from './conversation-client.js';
import type { Citation, MessageRole } from './conversation-types.js';
import { labelTables } from './labels.js';
import { createWidgetStorage, type ConversationSession, type KeyValueStorage } from './storage.js';

const citation = {
  index: 1,
  chunkId: 'c1',
  documentId: 'd1',
  title: 'Refunds',
  section: '',
  path: 'kb/refunds.md',
  url: 'https://help.test/refunds',
  page: null,
};
const answer = (messageId: string, text: string) => ({
  messageId,
  text,
  plainText: text,
  citations: [citation],
  confidence: 0.9,
  handoff: null,
  traceId: 't',
  silent: false,
});
const streamed = (messageId: string, pieces: readonly string[]) =>
  eventStream([
    ['status', { stage: 'thinking' }],
    ...pieces.map((text) => ['delta', { text }] as const),
    ['message', answer(messageId, pieces.join(''))],
  ]);
const message = (id: string, role: MessageRole, text: string) => ({
  id,
  conversationId: 'conv_1',
  role,
  text,
  createdAt: 'x',
  citations: [] as Citation[],
  traceId: null,
});

/** Waits until `condition` holds, a few event-loop turns at a time; never a timer race. */
async function until(condition: () => boolean): Promise<void> {
  for (let turn = 0; turn < 200 && !condition(); turn += 1) await new Promise((resolve) => setTimeout(resolve, 0));
  expect(condition()).toBe(true);
}

function setup(routes: Record<string, RouteHandler>, options: { stored?: ConversationSession; identityToken?: string } = {}) {
  const server = createFakeFetch({ 'POST /v1/conversations': () => json(201, { id: 'conv_1', token: 'tok_1' }), ...routes });
  const items = new Map<string, string>();
  const local: KeyValueStorage = {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
  const storageOptions = { storage: local, host: 'https://sb.test', widgetKey: 'sb_widget_k', newId: () => 'device-1' };
  if (options.stored) createWidgetStorage(storageOptions).saveSession(options.stored);
  const view = createTranscriptView();
  const live = { calls: [] as { session: ConversationSession; after: string | undefined; handlers: LiveHandlers }[], stopped: 0 };
  const controller = createChatController({
    client: createConversationClient({ host: 'https://sb.test', widgetKey: 'sb_widget_k', fetch: server.fetch }),
    storage: createWidgetStorage(storageOptions),
    labels: labelTables.en!,
    view,
    ...(options.identityToken ? { identityToken: options.identityToken } : {}),
    startLive: (session, after, handlers) => {
      live.calls.push({ session, after, handlers });
      return { stop: () => void (live.stopped += 1) };
    },
  });
  /** The conversation a reload would find. */
  const stored = () => createWidgetStorage(storageOptions).readSession();
  const handlers = (): LiveHandlers => live.calls[live.calls.length - 1]!.handlers;
  return { server, view, live, controller, stored, handlers };
}

describe('chat controller', () => {
  it('creates the conversation on the first message, keeps it for reloads, and streams the answer in', async () => {
    const { server, view, live, controller, stored } = setup(
      { 'POST /v1/conversations/:id/messages': () => streamed('msg_2', ['Refunds take ', '5 days. [1]']) },
      { identityToken: 'jwt' },
    );
    expect(server.requests).toHaveLength(0);
    await controller.send('  How long do refunds take?  ');
    expect(server.requests.map((request) => request.route)).toEqual(['POST /v1/conversations', 'POST /v1/conversations/:id/messages']);
    expect(server.requests[0]!.body).toEqual({ deviceId: 'device-1', identityToken: 'jwt' });
    expect(server.requests[1]!.headers.authorization).toBe('Bearer tok_1');
    expect(view.streamed).toEqual(['Refunds take ', 'Refunds take 5 days. [1]']);
    expect(view.lines).toEqual(['customer: How long do refunds take?', 'bot msg_2: Refunds take 5 days. [1] [1 Refunds]']);
    expect(view.state).toMatchObject({ typing: false, sending: false, conversationOpen: true });
    expect(stored()).toEqual({ id: 'conv_1', token: 'tok_1' });
    expect(live.calls).toHaveLength(1);
    expect(live.calls[0]!.session).toEqual({ id: 'conv_1', token: 'tok_1' });
  });

  it("shows a person's live reply, and never the bot's answer a second time", async () => {
    const { view, controller, handlers } = setup({ 'POST /v1/conversations/:id/messages': () => streamed('msg_2', ['Hello. [1]']) });
    await controller.send('hi');
    handlers().onMessage(message('msg_1', 'customer', 'hi'));
    handlers().onMessage(message('msg_2', 'bot', 'Hello. [1]'));
    handlers().onMessage(message('msg_3', 'human', 'Dana here, how can I help?'));
    expect(view.lines).toEqual(['customer: hi', 'bot msg_2: Hello. [1] [1 Refunds]', 'human ?: Dana here, how can I help?']);
    expect(view.state.unread).toBe(1);
  });

  it('holds bot messages that arrive while an answer streams, then shows only those that are not that answer', async () => {
    const reply = liveStream();
    const { view, controller, handlers } = setup({ 'POST /v1/conversations/:id/messages': () => reply.response });
    const sending = controller.send('refund my order');
    await until(() => view.state.conversationOpen);
    handlers().onMessage(message('msg_2', 'bot', 'Your refund is on its way. [1]'));
    handlers().onMessage(message('msg_7', 'bot', 'An agent approved the refund.'));
    reply.push('message', answer('msg_2', 'Your refund is on its way. [1]'));
    reply.end();
    await sending;
    expect(view.lines).toEqual([
      'customer: refund my order',
      'bot msg_2: Your refund is on its way. [1] [1 Refunds]',
      'bot msg_7: An agent approved the refund.',
    ]);
  });

  it("shows an error line (not the server's words) and sends the same message again on retry", async () => {
    let attempts = 0;
    const { view, controller } = setup({
      'POST /v1/conversations/:id/messages': () =>
        ++attempts === 1
          ? eventStream([
              ['delta', { text: 'Half an ans' }],
              ['error', { error: { code: 'INTERNAL', message: 'TypeError at pipeline.ts:42' } }],
            ])
          : streamed('msg_4', ['Done.']),
    });
    await controller.send('hi');
    expect(view.lines).toEqual(['customer: hi', '(streamed answer removed)', 'error: Something went wrong. Please try again. (retry)']);
    expect(view.lines.join('\n')).not.toContain('pipeline.ts');
    expect(view.retry!()).toBe(true);
    await until(() => view.lines.length === 4);
    expect(view.lines[3]).toBe('bot msg_4: Done. [1 Refunds]');
    expect(view.lines.filter((line) => line.startsWith('customer'))).toHaveLength(1);
  });

  it('says so when the customer sends too fast', async () => {
    const { view, controller } = setup({
      'POST /v1/conversations/:id/messages': () => json(429, { error: { code: 'RATE_LIMITED', message: 'slow down' } }),
    });
    await controller.send('hi');
    expect(view.lines[1]).toBe('error: You are sending messages too quickly. Please wait a moment. (retry)');
  });

  it('shows nothing from the bot while a person owns the conversation', async () => {
    const { view, controller, handlers } = setup({
      'POST /v1/conversations/:id/handoff': () => json(201, { handoff: { id: 'h1', status: 'open', claimedBy: null } }),
      'POST /v1/conversations/:id/messages': () =>
        eventStream([
          [
            'message',
            { text: null, plainText: null, citations: [], handoff: { mode: 'transferred', id: 'h1', status: 'claimed' }, silent: true },
          ],
        ]),
    });
    await controller.requestHuman();
    handlers().onHandoff({ id: 'h1', status: 'claimed', claimedBy: 'Dana' });
    await controller.send('are you there?');
    expect(view.lines).toEqual([
      'notice: A person will join the conversation soon.',
      'notice: Dana has joined the conversation',
      'customer: are you there?',
    ]);
    expect(view.state.status).toBe('Dana is helping you');
  });

  it('"Talk to a person" creates the conversation, then follows the handoff: claimed, replies, released', async () => {
    const { server, view, controller, handlers } = setup({
      'POST /v1/conversations/:id/handoff': () =>
        json(201, { handoff: { id: 'h1', status: 'open', claimedBy: null, reason: 'customer_request' } }),
    });
    await controller.requestHuman();
    expect(server.requests.map((request) => request.route)).toEqual(['POST /v1/conversations', 'POST /v1/conversations/:id/handoff']);
    expect(view.state).toMatchObject({ status: 'Waiting for a person', withPerson: true });
    handlers().onHandoff({ id: 'h1', status: 'open', claimedBy: null });
    handlers().onHandoff({ id: 'h1', status: 'claimed', claimedBy: 'Dana' });
    handlers().onMessage(message('m9', 'human', 'Hi, I can help.'));
    handlers().onHandoff({ id: 'h1', status: 'released', claimedBy: 'Dana' });
    expect(view.lines).toEqual([
      'notice: A person will join the conversation soon.',
      'notice: Dana has joined the conversation',
      'human Dana: Hi, I can help.',
      'notice: You are back with the assistant',
    ]);
    expect(view.state).toMatchObject({ status: 'AI assistant', withPerson: false });
  });

  it('restores a conversation after a reload and listens after its last message', async () => {
    const { view, live, controller } = setup(
      {
        'GET /v1/conversations/:id': () =>
          json(200, {
            id: 'conv_1',
            status: 'handoff',
            messages: [
              message('m1', 'customer', 'refund?'),
              { ...message('m2', 'bot', 'See [1]'), citations: [citation] },
              message('m3', 'human', 'Dana here'),
            ],
          }),
      },
      { stored: { id: 'conv_1', token: 'tok_1' } },
    );
    await controller.restore();
    expect(view.lines).toEqual(['customer: refund?', 'bot m2: See [1] [1 Refunds]', 'human ?: Dana here']);
    expect(view.state).toMatchObject({ status: 'A person is helping you', withPerson: true, conversationOpen: true });
    expect(live.calls.map((call) => call.after)).toEqual(['m3']);
  });

  it('listens to a restored conversation the bot has only once the panel opens', async () => {
    const { live, controller } = setup(
      { 'GET /v1/conversations/:id': () => json(200, { id: 'conv_1', status: 'bot', messages: [message('m1', 'customer', 'hi')] }) },
      { stored: { id: 'conv_1', token: 'tok_1' } },
    );
    await controller.restore();
    expect(live.calls).toHaveLength(0);
    controller.panelOpened();
    await until(() => live.calls.length === 1);
    expect(live.calls[0]!.after).toBe('m1');
  });

  it('closes the events stream while the page is hidden and reopens it after the last message seen', async () => {
    const { live, controller, handlers } = setup({ 'POST /v1/conversations/:id/messages': () => streamed('msg_2', ['Hi.']) });
    await controller.send('hi');
    handlers().onMessage(message('msg_3', 'human', 'Dana here'));
    controller.setPageVisible(false);
    expect(live.stopped).toBe(1);
    controller.setPageVisible(true);
    expect(live.calls.map((call) => call.after)).toEqual([undefined, 'msg_3']);
  });

  it('opens no events stream in a hidden page until it shows', async () => {
    const { live, controller } = setup({ 'POST /v1/conversations/:id/messages': () => streamed('msg_2', ['Hi.']) });
    controller.setPageVisible(false);
    await controller.send('hi');
    expect(live.calls).toHaveLength(0);
    controller.setPageVisible(true);
    expect(live.calls).toHaveLength(1);
  });

  it('forgets a stored conversation the server no longer opens', async () => {
    const { view, controller, stored } = setup(
      { 'GET /v1/conversations/:id': () => json(404, { error: { code: 'NOT_FOUND', message: 'no' } }) },
      { stored: { id: 'conv_old', token: 'tok_old' } },
    );
    await controller.restore();
    expect(stored()).toBeNull();
    expect(view.lines).toEqual([]);
    expect(view.state.conversationOpen).toBe(false);
  });

  it('keeps a stored conversation when the server is only unreachable', async () => {
    const { controller, stored } = setup(
      { 'GET /v1/conversations/:id': () => Promise.reject(new TypeError('Failed to fetch')) },
      { stored: { id: 'conv_1', token: 'tok_1' } },
    );
    await controller.restore();
    expect(stored()).toEqual({ id: 'conv_1', token: 'tok_1' });
  });

  it('starts a new conversation, once, when the stored token stops working mid-chat', async () => {
    const { server, view, controller, stored } = setup(
      {
        'GET /v1/conversations/:id': () => json(200, { id: 'conv_old', status: 'bot', messages: [] }),
        'POST /v1/conversations/:id/messages': (request) =>
          request.url.includes('conv_old')
            ? json(403, { error: { code: 'FORBIDDEN', message: 'expired' } })
            : streamed('msg_2', ['Fresh start.']),
      },
      { stored: { id: 'conv_old', token: 'tok_old' } },
    );
    await controller.restore();
    await controller.send('hello');
    expect(server.requests.map((request) => request.route)).toEqual([
      'GET /v1/conversations/:id',
      'POST /v1/conversations/:id/messages',
      'POST /v1/conversations',
      'POST /v1/conversations/:id/messages',
    ]);
    expect(view.lines).toEqual(['customer: hello', 'bot msg_2: Fresh start. [1 Refunds]']);
    expect(stored()).toEqual({ id: 'conv_1', token: 'tok_1' });
  });

  it('sends thumbs, then the end-of-chat rating; ending thanks the customer and the next message starts afresh', async () => {
    let created = 0;
    const { server, view, live, controller, stored } = setup({
      'POST /v1/conversations': () => json(201, { id: `conv_${++created}`, token: `tok_${created}` }),
      'POST /v1/conversations/:id/messages': () => streamed('msg_2', ['Hello.']),
      'POST /v1/conversations/:id/feedback': () => json(201, { id: 'f' }),
    });
    await controller.send('hi');
    expect(await controller.rateAnswer('msg_2', 'down')).toBe(true);
    expect(await controller.endChat(4, '  quick and clear ')).toBe(true);
    expect(server.requests.filter((request) => request.route.endsWith('/feedback')).map((request) => request.body)).toEqual([
      { messageId: 'msg_2', thumbs: 'down' },
      { csat: 4, comment: 'quick and clear' },
    ]);
    expect(view.lines[view.lines.length - 1]).toBe('notice: Thank you for your feedback!');
    expect(stored()).toBeNull();
    expect(live.stopped).toBe(1);
    expect(view.state.conversationOpen).toBe(false);
    await controller.send('one more thing');
    expect(stored()).toEqual({ id: 'conv_2', token: 'tok_2' });
  });

  it('leaves out an empty comment, and keeps the conversation when the rating could not be stored', async () => {
    let fail = true;
    const { server, controller, stored } = setup({
      'POST /v1/conversations/:id/messages': () => streamed('msg_2', ['Hello.']),
      'POST /v1/conversations/:id/feedback': () =>
        fail ? json(500, { error: { code: 'INTERNAL', message: 'x' } }) : json(201, { id: 'f' }),
    });
    await controller.send('hi');
    expect(await controller.endChat(5, '')).toBe(false);
    expect(stored()).not.toBeNull();
    fail = false;
    expect(await controller.endChat(5, '   ')).toBe(true);
    expect(server.requests[server.requests.length - 1]!.body).toEqual({ csat: 5 });
  });

  it('sends the identity token given by identify() before the first message', async () => {
    const { server, controller } = setup({ 'POST /v1/conversations/:id/messages': () => streamed('msg_2', ['Hi.']) });
    controller.identify('jwt-from-backend');
    await controller.send('hi');
    expect(server.requests[0]!.body).toEqual({ deviceId: 'device-1', identityToken: 'jwt-from-backend' });
  });

  it('ignores an empty message and a second message while one is being answered', async () => {
    const reply = liveStream();
    const { server, view, controller } = setup({ 'POST /v1/conversations/:id/messages': () => reply.response });
    await controller.send('   ');
    const first = controller.send('first');
    await controller.send('second');
    reply.push('message', answer('msg_2', 'Answer.'));
    reply.end();
    await first;
    expect(view.lines.filter((line) => line.startsWith('customer'))).toEqual(['customer: first']);
    expect(server.requests.filter((request) => request.route.endsWith('/messages'))).toHaveLength(1);
  });
});
