/** Issue 18: the customer's thumbs and rating, through POST /v1/conversations/:id/feedback with the conversation token. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createSqliteStores, type SqliteStores } from '@switchboard/store-sqlite';
import { createTestKey, withKey } from './__fixtures__/test-api-keys.js';
import { keyedApp } from './__fixtures__/keyed-app.js';

let counter = 0;
const newId = (prefix?: string): string => `${prefix ?? 'id'}_${++counter}`;
const errorOf = (response: { json<T>(): T }) => response.json<{ error: { code: string; message: string } }>().error;

describe('POST /v1/conversations/:id/feedback (issue 18)', () => {
  let stores: SqliteStores;
  let app: FastifyInstance;
  let conversation: { id: string; token: string };
  let replyId: string;

  beforeEach(async () => {
    stores = createSqliteStores(':memory:');
    app = keyedApp(stores, newId);
    const widgetKey = await createTestKey(stores.apiKeys, 'widget');
    conversation = (await app.inject(withKey(widgetKey, { method: 'POST', url: '/v1/conversations' }))).json();
    await app.inject(
      withKey(conversation.token, { method: 'POST', url: `/v1/conversations/${conversation.id}/messages`, payload: { text: 'refund?' } }),
    );
    replyId = (await stores.conversations.listMessages(conversation.id)).find((message) => message.role === 'bot')!.id;
  });
  afterEach(async () => {
    await app.close();
    stores.close();
  });

  const feedback = (payload: unknown, token = conversation.token, id = conversation.id) =>
    app.inject(withKey(token, { method: 'POST', url: `/v1/conversations/${id}/feedback`, payload: payload as Record<string, unknown> }));

  it('stores a thumbs-down on a reply and a 1–5 rating as feedback.recorded events', async () => {
    const down = await feedback({ messageId: replyId, thumbs: 'down', comment: 'not what I asked' });
    expect(down.statusCode).toBe(201);
    expect((await feedback({ csat: 2 })).statusCode).toBe(201);
    const recorded = await stores.events.list({ conversationId: conversation.id, type: 'feedback.recorded' });
    expect(recorded.map((event) => event.data)).toEqual([
      { feedbackId: down.json<{ id: string }>().id, messageId: replyId, thumbs: 'down', comment: 'not what I asked' },
      { feedbackId: expect.any(String), csat: 2 },
    ]);
  });

  it('refuses a rating outside 1–5, an empty body and a message that is not a reply in this conversation', async () => {
    expect(errorOf(await feedback({ csat: 6 }))).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('csat') });
    expect(errorOf(await feedback({}))).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('thumbs, csat or a comment'),
    });
    const other = await feedback({ messageId: 'msg_nope', thumbs: 'up' });
    expect(other.statusCode).toBe(404);
    expect(await stores.events.list({ conversationId: conversation.id, type: 'feedback.recorded' })).toEqual([]);
  });

  it("takes feedback only with this conversation's token: another conversation's is 403, none is 401", async () => {
    const widgetKey = await createTestKey(stores.apiKeys, 'widget');
    const second = (await app.inject(withKey(widgetKey, { method: 'POST', url: '/v1/conversations' }))).json<{
      id: string;
      token: string;
    }>();
    expect((await feedback({ thumbs: 'up' }, second.token)).statusCode).toBe(403);
    expect((await feedback({ thumbs: 'up' }, widgetKey)).statusCode).toBe(403);
    const anonymous = await app.inject({ method: 'POST', url: `/v1/conversations/${conversation.id}/feedback`, payload: { thumbs: 'up' } });
    expect(anonymous.statusCode).toBe(401);
  });
});
