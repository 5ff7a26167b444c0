import { SignJWT } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createSqliteStores, type SqliteStores } from '@switchboard/store-sqlite';
import { createTestKey, withKey } from '../__fixtures__/test-api-keys.js';
import { createIdentityTokenVerifier } from './verify-identity-token.js';
import { keyedApp } from '../__fixtures__/keyed-app.js';

const identitySecret = 'the-company-backend-identity-secret!!';
let counter = 0;
const newId = (prefix?: string): string => `${prefix ?? 'id'}_${++counter}`;
const errorOf = (response: { json<T>(): T }) => response.json<{ error: { code: string; message: string } }>().error;
const identityToken = (sub: string, expiresIn = '10m', key = identitySecret) =>
  new SignJWT({ plan: 'enterprise' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setAudience('switchboard')
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(key));

describe('conversation and identity tokens on the customer routes (issue 18)', () => {
  let stores: SqliteStores;
  let app: FastifyInstance;
  let widgetKey: string;
  let agentKey: string;

  beforeEach(async () => {
    stores = createSqliteStores(':memory:');
    app = keyedApp(stores, newId, { identity: createIdentityTokenVerifier({ secret: identitySecret, audience: 'switchboard' }) });
    widgetKey = await createTestKey(stores.apiKeys, 'widget');
    agentKey = await createTestKey(stores.apiKeys, 'agent');
  });
  afterEach(async () => {
    await app.close();
    stores.close();
  });

  const start = async (payload: Record<string, unknown> = {}) =>
    app.inject(withKey(widgetKey, { method: 'POST', url: '/v1/conversations', payload }));
  const asCustomer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('answers 201 {id, token}; the token posts to and reads its own conversation only', async () => {
    const created = await start({ deviceId: 'phone-1' });
    expect(created.statusCode).toBe(201);
    const mine = created.json<{ id: string; token: string }>();
    const other = (await start()).json<{ id: string; token: string }>();
    expect(mine.token).not.toBe(other.token);
    const post = (id: string, token: string) =>
      app.inject({ method: 'POST', url: `/v1/conversations/${id}/messages`, headers: asCustomer(token), payload: { text: 'refund?' } });
    expect((await post(mine.id, mine.token)).statusCode).toBe(200);
    const read = await app.inject({ method: 'GET', url: `/v1/conversations/${mine.id}`, headers: asCustomer(mine.token) });
    expect(read.statusCode).toBe(200);
    expect(read.json<{ deviceId: string; messages: unknown[] }>()).toMatchObject({ deviceId: 'phone-1', messages: [{}, {}] });
    const stolen = await post(other.id, mine.token);
    expect([stolen.statusCode, errorOf(stolen).code]).toEqual([403, 'FORBIDDEN']);
    const peek = await app.inject({ method: 'GET', url: `/v1/conversations/${other.id}`, headers: asCustomer(mine.token) });
    expect([peek.statusCode, errorOf(peek).code]).toEqual([403, 'FORBIDDEN']);
    const forged = await post(mine.id, `${mine.id}.${'A'.repeat(43)}`);
    expect([forged.statusCode, errorOf(forged).code]).toEqual([401, 'UNAUTHENTICATED']);
    expect((await stores.conversations.listMessages(other.id)).length).toBe(0);
  });

  it('keeps the key checks: an agent key reads any conversation, a widget key reads none', async () => {
    const { id } = (await start()).json<{ id: string }>();
    expect((await app.inject(withKey(agentKey, { method: 'GET', url: `/v1/conversations/${id}` }))).statusCode).toBe(200);
    expect((await app.inject(withKey(widgetKey, { method: 'GET', url: `/v1/conversations/${id}` }))).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: `/v1/conversations/${id}` })).statusCode).toBe(401);
  });

  it('stores the verified identity, and refuses an expired or forged identity token with 401 before creating anything', async () => {
    const created = await start({ identityToken: await identityToken('cust_7'), customer: { id: 'cust_1', name: 'Ada' } });
    expect(created.statusCode).toBe(201);
    const stored = await stores.conversations.getConversation(created.json<{ id: string }>().id);
    expect(stored).toMatchObject({ identity: { customerId: 'cust_7', plan: 'enterprise' }, customer: { id: 'cust_1', name: 'Ada' } });
    const expired = await start({ identityToken: await identityToken('cust_7', '-1h') });
    const forged = await start({ identityToken: await identityToken('cust_7', '10m', 'an-attacker-secret-that-is-32-bytes!') });
    for (const refused of [expired, forged]) expect([refused.statusCode, errorOf(refused).code]).toEqual([401, 'UNAUTHENTICATED']);
    expect(errorOf(forged).message).toBe('identityToken is not valid');
    expect((await stores.events.list({ type: 'conversation.created' })).length).toBe(1);
  });
});
