/**
 * Issue 18: what the widget and the inbox read live — a reply streamed over server-sent events, "Talk to a person",
 * the conversation's events (a human's reply, who has the conversation) and the human queue — over real HTTP.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { readEventStream, type StreamEvent } from '@switchboard/event-stream';
import { createSqliteStores, type SqliteStores } from '@switchboard/store-sqlite';
import { bearer, createTestKey } from '../__fixtures__/test-api-keys.js';
import { keyedApp } from '../__fixtures__/keyed-app.js';
import { answerPieces } from './message-stream.js';

let counter = 0;
const newId = (prefix?: string): string => `${prefix ?? 'id'}_${++counter}`;

/** Reads a stream's events until `until` says stop (or the stream ends), then closes it. */
async function collect(response: Response, until: (events: StreamEvent[]) => boolean): Promise<StreamEvent[]> {
  const events: StreamEvent[] = [];
  const stop = new AbortController();
  await readEventStream(
    response.body!,
    (event) => {
      events.push(event);
      if (until(events)) stop.abort();
    },
    stop.signal,
  );
  return events;
}
const dataOf = <T>(event: StreamEvent | undefined): T => JSON.parse(event!.data) as T;

describe('answerPieces', () => {
  it('cuts Markdown after sentences and lines, never inside a [n] marker, and the pieces make the text again', () => {
    const text = 'Refunds take 5–10 days [1]. Go to **Billing**.\n\n1. Open *Settings* [2].\n2. Click Refund\nDone';
    const pieces = answerPieces(text);
    expect(pieces.join('')).toBe(text);
    expect(pieces).toContain('Refunds take 5–10 days [1]. ');
    expect(pieces.some((piece) => /\[\d*$/.test(piece.trimEnd()) && !/\]$/.test(piece.trimEnd()))).toBe(false);
    expect(answerPieces('')).toEqual([]);
  });
});

describe('live routes over HTTP (issue 18)', () => {
  let stores: SqliteStores;
  let app: FastifyInstance;
  let base: string;
  let widgetKey: string;
  let agentKey: string;

  beforeEach(async () => {
    stores = createSqliteStores(':memory:');
    // A long poll interval: every update below must come from the in-process change signal, not the timer.
    app = keyedApp(stores, newId, { livePollMilliseconds: 60_000, humanQueue: { queue: 'Acme Support', hours: 'weekdays' } });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
    widgetKey = await createTestKey(stores.apiKeys, 'widget');
    agentKey = await createTestKey(stores.apiKeys, 'agent', 'Dana');
  });
  afterEach(async () => {
    // fetch may have opened a spare connection that never sends a request, which a graceful close waits 60 s for.
    app.server.closeAllConnections();
    await app.close();
    stores.close();
  });

  const startConversation = async (): Promise<{ id: string; token: string }> =>
    (await fetch(`${base}/v1/conversations`, { method: 'POST', headers: bearer(widgetKey) })).json() as Promise<{
      id: string;
      token: string;
    }>;
  const post = (path: string, key: string, body: unknown) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { ...bearer(key), 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('streams a reply: status first, then the text in pieces, then the whole response with the stored message id', async () => {
    const { id, token } = await startConversation();
    const response = await fetch(`${base}/v1/conversations/${id}/messages`, {
      method: 'POST',
      headers: { ...bearer(token), 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ text: 'can annual plans be refunded?' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const events = await collect(response, () => false);
    expect(events[0]).toEqual({ event: 'status', data: JSON.stringify({ stage: 'thinking' }) });
    expect(events.at(-1)!.event).toBe('message');
    const final = dataOf<{ messageId: string; text: string; citations: unknown[] }>(events.at(-1));
    const streamed = events.filter((event) => event.event === 'delta').map((event) => dataOf<{ text: string }>(event).text);
    expect(streamed.length).toBeGreaterThan(0);
    expect(streamed.join('')).toBe(final.text);
    expect(final.citations.length).toBeGreaterThan(0);
    const stored = await stores.conversations.listMessages(id);
    expect(stored.find((message) => message.role === 'bot')?.id).toBe(final.messageId);
  });

  it("answers another conversation's id with a plain 403 and a bad body with a 400, not a stream", async () => {
    const { token } = await startConversation();
    const headers = { ...bearer(token), 'content-type': 'application/json', accept: 'text/event-stream' };
    const unknown = await fetch(`${base}/v1/conversations/conv_nope/messages`, { method: 'POST', headers, body: '{"text":"hi"}' });
    expect(unknown.status).toBe(403); // another conversation's id: the token does not open it
    const { id, token: own } = await startConversation();
    const bad = await fetch(`${base}/v1/conversations/${id}/messages`, {
      method: 'POST',
      headers: { ...headers, ...bearer(own) },
      body: '{"text":""}',
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('VALIDATION_FAILED');
  });

  it('"Talk to a person" opens one handoff, tells the customer, and the widget and the inbox see the human live', async () => {
    const { id, token } = await startConversation();
    const queue = await fetch(`${base}/v1/handoffs/stream`, { headers: bearer(agentKey) });
    const queueEvents: StreamEvent[] = [];
    const queueDone = collect(queue, (events) => {
      queueEvents.splice(0, queueEvents.length, ...events);
      return events.length >= 2;
    });
    const live = await fetch(`${base}/v1/conversations/${id}/events`, { headers: bearer(token) });
    expect(live.status).toBe(200);
    const liveDone = collect(live, (events) =>
      events.some((event) => event.event === 'message' && dataOf<{ role: string }>(event).role === 'human'),
    );

    const opened = await post(`/v1/conversations/${id}/handoff`, token, {});
    expect(opened.status).toBe(201);
    const { handoff } = (await opened.json()) as { handoff: { id: string; reason: string; queue: string } };
    expect(handoff).toMatchObject({ reason: 'customer_request', queue: 'Acme Support' });
    const again = await post(`/v1/conversations/${id}/handoff`, token, {});
    expect(again.status).toBe(200);
    expect(((await again.json()) as { handoff: { id: string } }).handoff.id).toBe(handoff.id);

    expect((await post(`/v1/handoffs/${handoff.id}/claim`, agentKey, { agent: 'Dana' })).status).toBe(200);
    expect((await post(`/v1/handoffs/${handoff.id}/reply`, agentKey, { text: 'Hi, Dana here.', agent: 'Dana' })).status).toBe(201);

    const liveEvents = await liveDone;
    const messages = liveEvents.filter((event) => event.event === 'message').map((event) => dataOf<{ role: string; text: string }>(event));
    expect(messages[0]).toMatchObject({ role: 'bot', text: expect.stringContaining('Acme Support') });
    expect(messages.at(-1)).toMatchObject({ role: 'human', text: 'Hi, Dana here.' });
    const handoffStates = liveEvents
      .filter((event) => event.event === 'handoff')
      .map((event) => dataOf<{ status: string; claimedBy: string | null }>(event));
    expect(handoffStates.map((state) => state.status)).toContain('open');
    expect(handoffStates.at(-1)).toMatchObject({ status: 'claimed', claimedBy: 'Dana' });

    await queueDone;
    expect(dataOf<{ handoffs: unknown[] }>(queueEvents[0]).handoffs).toEqual([]);
    expect(dataOf<{ handoffs: { id: string }[] }>(queueEvents[1]).handoffs.map((record) => record.id)).toEqual([handoff.id]);
  });

  it("keeps each stream to its owner: another conversation's token is 403, a widget key cannot read the queue", async () => {
    const first = await startConversation();
    const second = await startConversation();
    expect((await fetch(`${base}/v1/conversations/${first.id}/events`, { headers: bearer(second.token) })).status).toBe(403);
    expect((await fetch(`${base}/v1/conversations/${first.id}/events`)).status).toBe(401);
    expect((await fetch(`${base}/v1/handoffs/stream`, { headers: bearer(widgetKey) })).status).toBe(403);
    expect((await post(`/v1/conversations/${first.id}/handoff`, second.token, {})).status).toBe(403);
    expect((await post(`/v1/conversations/${first.id}/handoff`, widgetKey, {})).status).toBe(403);
  });

  it('sends the messages after ?after= first, so a widget that reconnects misses nothing', async () => {
    const { id, token } = await startConversation();
    await post(`/v1/conversations/${id}/messages`, token, { text: 'refund?' });
    const [asked] = await stores.conversations.listMessages(id);
    const live = await fetch(`${base}/v1/conversations/${id}/events?after=${asked!.id}`, { headers: bearer(token) });
    const events = await collect(live, (seen) => seen.some((event) => event.event === 'message'));
    expect(dataOf<{ role: string }>(events.find((event) => event.event === 'message'))).toMatchObject({ role: 'bot' });
    const unknown = await fetch(`${base}/v1/conversations/${id}/events?after=msg_nope`, { headers: bearer(token) });
    expect(unknown.status).toBe(404);
    await unknown.text();
  });
});
