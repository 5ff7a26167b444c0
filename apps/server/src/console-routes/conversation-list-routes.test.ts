/** Issue 18 item 4: GET /v1/conversations, the console's conversation list, over real SQLite and the real conversation service. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { createSqliteStores, type SqliteStores } from '@switchboard/store-sqlite';
import { createTestKey, withKey } from '../__fixtures__/test-api-keys.js';
import { keyedApp } from '../__fixtures__/keyed-app.js';

let counter = 0;
const newId = (prefix?: string): string => `${prefix ?? 'id'}_${++counter}`;

interface ListBody {
  conversations: {
    id: string;
    status: string;
    messages: number;
    outcome: string | null;
    lastMessage: { role: string; text: string; at: string } | null;
    handoff: { reason: string; status: string } | null;
  }[];
  next: string | null;
}

describe('GET /v1/conversations (issue 18)', () => {
  let dir: string;
  let stores: SqliteStores;
  let app: FastifyInstance;
  let agentKey: string;
  let now: number;
  const ids: Record<'answered' | 'declined' | 'handedOver', string> = { answered: '', declined: '', handedOver: '' };
  const list = (url: string, key = agentKey) => app.inject(withKey(key, { method: 'GET', url }));

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sb-conversation-list-'));
    stores = createSqliteStores(join(dir, 'store.db'));
    now = Date.parse('2026-03-01T09:00:00.000Z');
    app = keyedApp(stores, newId, { clock: () => now });
    agentKey = await createTestKey(stores.apiKeys, 'agent');
    const widgetKey = await createTestKey(stores.apiKeys, 'widget');
    const customer = async (texts: readonly string[], askForPerson = false): Promise<string> => {
      now += 60_000;
      const { id, token } = (await app.inject(withKey(widgetKey, { method: 'POST', url: '/v1/conversations' }))).json<{
        id: string;
        token: string;
      }>();
      const post = (options: InjectOptions) => app.inject(withKey(token, options));
      for (const [index, text] of texts.entries()) {
        if (askForPerson && index === texts.length - 1)
          expect((await post({ method: 'POST', url: `/v1/conversations/${id}/handoff` })).statusCode).toBe(201);
        now += 1000;
        expect((await post({ method: 'POST', url: `/v1/conversations/${id}/messages`, payload: { text } })).statusCode).toBe(200);
      }
      return id;
    };
    ids.answered = await customer(['Can annual plans be refunded?']);
    ids.declined = await customer(['Do you ship to Mars by rocket?']);
    // Asks for a person before the second message, which is then held for them.
    ids.handedOver = await customer(['Can annual plans be refunded?', 'Hello? Anyone there?'], true);
  });
  afterEach(async () => {
    await app.close();
    stores.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists conversations newest first with their last message, outcome and handoff', async () => {
    const response = await list('/v1/conversations');
    expect(response.statusCode).toBe(200);
    const body = response.json<ListBody>();
    expect(body.next).toBeNull();
    expect(body.conversations.map((conversation) => conversation.id)).toEqual([ids.handedOver, ids.declined, ids.answered]);
    const [handedOver, declined, answered] = body.conversations;
    expect(answered).toMatchObject({
      createdAt: '2026-03-01T09:01:00.000Z',
      updatedAt: '2026-03-01T09:01:01.000Z',
      status: 'bot',
      customer: null,
      messages: 2,
      lastMessage: { role: 'bot', at: '2026-03-01T09:01:01.000Z' },
      intent: null,
      persona: null,
      outcome: 'answered',
      handoff: null,
    });
    expect(answered!.lastMessage!.text).toContain('refunded within 30 days');
    expect(declined).toMatchObject({ outcome: 'declined', handoff: null, status: 'bot' });
    // customer message, bot reply, the "a person will take over" notice, then the held message.
    expect(handedOver).toMatchObject({
      status: 'handoff',
      messages: 4,
      outcome: 'held',
      lastMessage: { role: 'customer', text: 'Hello? Anyone there?' },
      handoff: { reason: 'customer_request', status: 'open', claimedBy: null },
    });
  });

  it('searches message text and filters by outcome, handoff, status and creation time', async () => {
    const idsOf = async (url: string) => (await list(url)).json<ListBody>().conversations.map((conversation) => conversation.id);
    expect(await idsOf('/v1/conversations?q=ANNUAL%20PLANS')).toEqual([ids.handedOver, ids.answered]);
    expect(await idsOf('/v1/conversations?q=mars')).toEqual([ids.declined]);
    expect(await idsOf('/v1/conversations?outcome=answered')).toEqual([ids.answered]);
    expect(await idsOf('/v1/conversations?handoff=true')).toEqual([ids.handedOver]);
    expect(await idsOf('/v1/conversations?handoff=false&status=bot')).toEqual([ids.declined, ids.answered]);
    expect(await idsOf('/v1/conversations?status=handoff')).toEqual([ids.handedOver]);
    expect(await idsOf('/v1/conversations?from=2026-03-01T09:02:00Z&to=2026-03-01T09:03:00Z')).toEqual([ids.declined]);
    expect(await idsOf('/v1/conversations?to=2026-03-01')).toEqual([]);
  });

  it('pages with an opaque cursor, each conversation once', async () => {
    const first = (await list('/v1/conversations?limit=2')).json<ListBody>();
    expect(first.conversations.map((conversation) => conversation.id)).toEqual([ids.handedOver, ids.declined]);
    expect(first.next).toEqual(expect.any(String));
    const second = (await list(`/v1/conversations?limit=2&before=${first.next}`)).json<ListBody>();
    expect(second.conversations.map((conversation) => conversation.id)).toEqual([ids.answered]);
    expect(second.next).toBeNull();
  });

  it('refuses bad query parameters with a 400 that names the parameter', async () => {
    for (const [url, field] of [
      ['/v1/conversations?limit=0', 'limit'],
      ['/v1/conversations?limit=ten', 'limit'],
      ['/v1/conversations?status=closed', 'status'],
      ['/v1/conversations?handoff=yes', 'handoff'],
      ['/v1/conversations?outcome=resolved', 'outcome'],
      ['/v1/conversations?from=yesterday', 'from'],
      ['/v1/conversations?before=not-a-cursor', 'before'],
      ['/v1/conversations?sort=oldest', "'sort'"],
    ] as const) {
      const response = await list(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json<{ error: { code: string; message: string } }>().error).toMatchObject({
        code: 'VALIDATION_FAILED',
        message: expect.stringContaining(field),
      });
    }
  });

  it('needs an agent or admin key: none is 401, a widget key 403', async () => {
    expect((await app.inject({ method: 'GET', url: '/v1/conversations' })).statusCode).toBe(401);
    expect((await list('/v1/conversations', await createTestKey(stores.apiKeys, 'widget'))).statusCode).toBe(403);
    expect((await list('/v1/conversations', await createTestKey(stores.apiKeys, 'admin'))).statusCode).toBe(200);
  });
});
