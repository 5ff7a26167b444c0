import { describe, expect, it } from 'vitest';
import { createFakeFetch, json, liveStream } from './__fixtures__/fake-fetch.js';
import type { ConversationMessage, HandoffUpdate } from './conversation-types.js';
import { startLiveUpdates, type LiveUpdatesOptions } from './live-updates.js';

const human = (id: string, text: string) => ({
  id,
  conversationId: 'conv_1',
  role: 'human',
  text,
  createdAt: 'x',
  citations: [],
  traceId: null,
});

/** Waits until `condition` holds, a few event-loop turns at a time; never a timer race. */
async function until(condition: () => boolean): Promise<void> {
  for (let turn = 0; turn < 200 && !condition(); turn += 1) await new Promise((resolve) => setTimeout(resolve, 0));
  expect(condition()).toBe(true);
}

function harness(routes: Parameters<typeof createFakeFetch>[0], after?: string) {
  const server = createFakeFetch(routes);
  const messages: ConversationMessage[] = [];
  const handoffs: HandoffUpdate[] = [];
  const delays: number[] = [];
  let gone = 0;
  const options: LiveUpdatesOptions = {
    host: 'https://sb.test',
    session: { id: 'conv_1', token: 'tok_secret' },
    fetch: server.fetch,
    ...(after ? { after } : {}),
    onMessage: (message) => void messages.push(message),
    onHandoff: (update) => void handoffs.push(update),
    onGone: () => void (gone += 1),
    reconnectDelay: (attempt) => 1_000 * (attempt + 1),
    wait: async (milliseconds) => void delays.push(milliseconds),
  };
  return { server, messages, handoffs, delays, gone: () => gone, live: startLiveUpdates(options) };
}

describe('live updates', () => {
  it("delivers a person's replies and handoff changes, with the token in the header only", async () => {
    const stream = liveStream();
    const { server, messages, handoffs, live } = harness({ 'GET /v1/conversations/:id/events': () => stream.response });
    stream.push('handoff', { id: 'h1', status: 'claimed', claimedBy: 'Dana', reason: 'customer_request' });
    stream.push('message', human('m5', 'Hi, Dana here.'));
    await until(() => messages.length === 1);
    expect(handoffs).toEqual([{ id: 'h1', status: 'claimed', claimedBy: 'Dana' }]);
    expect(messages[0]).toMatchObject({ id: 'm5', role: 'human', text: 'Hi, Dana here.' });
    expect(server.requests[0]!.headers.authorization).toBe('Bearer tok_secret');
    expect(server.requests[0]!.url).toBe('https://sb.test/v1/conversations/conv_1/events');
    live.stop();
  });

  it('reconnects after a drop, asking for the messages after the last one it saw, waiting longer each time', async () => {
    const streams: ReturnType<typeof liveStream>[] = [];
    let connections = 0;
    const { server, messages, delays, live } = harness(
      {
        'GET /v1/conversations/:id/events': (request) => {
          connections += 1;
          // The second and third attempts find the server restarting.
          if (connections === 2 || connections === 3) return json(503, { error: { code: 'UNAVAILABLE', message: 'restarting' } });
          const stream = liveStream(request.signal);
          streams.push(stream);
          return stream.response;
        },
      },
      'm1',
    );
    await until(() => streams.length === 1);
    streams[0]!.push('message', human('m2', 'first'));
    await until(() => messages.length === 1);
    streams[0]!.end();
    await until(() => streams.length === 2);
    expect(server.requests.map((request) => request.url.replace('https://sb.test/v1/conversations/conv_1/events', ''))).toEqual([
      '?after=m1',
      '?after=m2',
      '?after=m2',
      '?after=m2',
    ]);
    expect(delays).toEqual([1_000, 2_000, 3_000]);
    streams[1]!.push('message', human('m3', 'back'));
    streams[1]!.end();
    await until(() => delays.length === 4);
    expect(delays[3]).toBe(1_000); // events arrived: the backoff starts over
    live.stop();
  });

  it('stops for good when the token no longer opens the conversation', async () => {
    const { server, gone } = harness({
      'GET /v1/conversations/:id/events': () => json(404, { error: { code: 'NOT_FOUND', message: 'gone' } }),
    });
    await until(() => gone() === 1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(server.requests).toHaveLength(1);
  });

  it('follows from now on when the server does not know the message to resume after, and only then gives up', async () => {
    let connections = 0;
    const { server, gone, live } = harness(
      {
        'GET /v1/conversations/:id/events': (request) => {
          connections += 1;
          return connections === 1
            ? json(404, { error: { code: 'NOT_FOUND', message: 'no such message' } })
            : liveStream(request.signal).response;
        },
      },
      'm_deleted',
    );
    await until(() => connections === 2);
    expect(server.requests.map((request) => new URL(request.url).search)).toEqual(['?after=m_deleted', '']);
    expect(gone()).toBe(0);
    live.stop();
  });

  it('closes the stream when stopped and does not reconnect', async () => {
    let aborted = false;
    const { server, live, delays } = harness({
      'GET /v1/conversations/:id/events': (request) => {
        request.signal?.addEventListener('abort', () => void (aborted = true));
        return liveStream(request.signal).response;
      },
    });
    await until(() => server.requests.length === 1);
    live.stop();
    await until(() => aborted);
    for (let turn = 0; turn < 5; turn += 1) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(server.requests).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it('skips an unreadable event and keeps listening', async () => {
    const stream = liveStream();
    const { messages, live } = harness({ 'GET /v1/conversations/:id/events': () => stream.response });
    stream.push('message', { not: 'a message' });
    stream.push('message', human('m9', 'still here'));
    await until(() => messages.length === 1);
    expect(messages[0]!.id).toBe('m9');
    live.stop();
  });
});
