import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Fastify, { type FastifyInstance, type InjectOptions } from 'fastify';
import { createSqliteStores, type SqliteStores } from '@switchboard/store-sqlite';
import { keyedApp } from '../__fixtures__/keyed-app.js';
import { createTestKey, withKey } from '../__fixtures__/test-api-keys.js';
import type { AppDependencies } from '../build-app.js';
import { declaredRoutes, registerRouteAuthorization } from './route-authorization.js';
import { routeAccess } from './route-access.js';

let counter = 0;
const newId = (prefix?: string): string => `${prefix ?? 'id'}_${++counter}`;

/** The app over `stores` with keys; `options` override its dependencies. */
const appOver = (stores: SqliteStores, options: Partial<AppDependencies> = {}): FastifyInstance => keyedApp(stores, newId, options);

const errorOf = (response: { json<T>(): T }) => response.json<{ error: { code: string; message: string } }>().error;

describe('API keys and scopes on the HTTP API (issue 18)', () => {
  let folder: string;
  let stores: SqliteStores;
  let app: FastifyInstance;
  const keys = { admin: '', agent: '', widget: '' };
  let conversationId: string;
  let traceId: string;

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'switchboard-keys-'));
    stores = createSqliteStores(join(folder, 'switchboard.db'));
    app = appOver(stores);
    keys.admin = await createTestKey(stores.apiKeys, 'admin');
    keys.agent = await createTestKey(stores.apiKeys, 'agent');
    keys.widget = await createTestKey(stores.apiKeys, 'widget');
    const started = (await app.inject(withKey(keys.widget, { method: 'POST', url: '/v1/conversations' }))).json<{
      id: string;
      token: string;
    }>();
    conversationId = started.id;
    const answered = await app.inject(
      withKey(started.token, { method: 'POST', url: `/v1/conversations/${conversationId}/messages`, payload: { text: 'refund?' } }),
    );
    traceId = answered.json<{ traceId: string }>().traceId;
  });
  afterEach(async () => {
    await app.close();
    stores.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const agentRoutes = (): InjectOptions[] => [
    { method: 'GET', url: '/v1/handoffs' },
    { method: 'GET', url: `/v1/traces/${traceId}` },
    { method: 'GET', url: `/v1/conversations/${conversationId}` },
  ];

  it('answers 401 UNAUTHENTICATED without a key on the handoff queue, a trace and a conversation', async () => {
    for (const request of [...agentRoutes(), { method: 'HEAD', url: '/v1/handoffs' } as const]) {
      const response = await app.inject(request);
      expect(response.statusCode, String(request.url)).toBe(401);
      expect(response.headers['www-authenticate']).toBe('Bearer');
      if (request.method !== 'HEAD') expect(errorOf(response).code).toBe('UNAUTHENTICATED');
    }
  });

  it('answers 403 FORBIDDEN to a widget key there, and 200 to an agent or an admin key', async () => {
    for (const request of agentRoutes()) {
      const widget = await app.inject(withKey(keys.widget, request));
      expect(widget.statusCode).toBe(403);
      expect(errorOf(widget)).toEqual({
        code: 'FORBIDDEN',
        message: expect.stringMatching(/a widget key may not call .* an agent or an admin key/),
      });
      expect((await app.inject(withKey(keys.agent, request))).statusCode).toBe(200);
      expect((await app.inject(withKey(keys.admin, request))).statusCode).toBe(200);
    }
  });

  it('gives the same 401 for a malformed key, an unknown key id and a wrong secret, so no answer says whether an id exists', async () => {
    const real = keys.agent;
    const wrongSecret = `${real.slice(0, -4)}${real.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
    const unknownId = real.replace(/^sb_agent_[0-9a-f]{16}_/, 'sb_agent_0123456789abcdef_');
    const otherScope = real.replace(/^sb_agent_/, 'sb_admin_');
    const bodies = [];
    for (const key of ['nonsense', wrongSecret, unknownId, otherScope]) {
      const response = await app.inject(withKey(key, { method: 'GET', url: '/v1/handoffs' }));
      expect(response.statusCode).toBe(401);
      bodies.push(errorOf(response));
    }
    expect(new Set(bodies.map((body) => JSON.stringify(body))).size).toBe(1);
    const basic = await app.inject({ method: 'GET', url: '/v1/handoffs', headers: { authorization: `Basic ${real}` } });
    expect(basic.statusCode).toBe(401);
  });

  it('refuses a revoked key at once on another server over the same SQLite file', async () => {
    const replicaStores = createSqliteStores(join(folder, 'switchboard.db'));
    const replica = appOver(replicaStores);
    try {
      const request = withKey(keys.agent, { method: 'GET', url: '/v1/handoffs' });
      expect((await replica.inject(request)).statusCode).toBe(200);
      expect((await replica.inject(request)).statusCode).toBe(200);
      const name = (await stores.apiKeys.list()).find((key) => key.scope === 'agent')!.name;
      await stores.apiKeys.revoke(name, new Date().toISOString());
      const refused = await replica.inject(request);
      expect(refused.statusCode).toBe(401);
      expect(errorOf(refused).code).toBe('UNAUTHENTICATED');
      expect((await app.inject(request)).statusCode).toBe(401);
    } finally {
      await replica.close();
      replicaStores.close();
    }
  });

  it('records when a key was last used', async () => {
    expect((await stores.apiKeys.list()).find((key) => key.scope === 'agent')?.lastUsedAt).toBeNull();
    await app.inject(withKey(keys.agent, { method: 'GET', url: '/v1/handoffs' }));
    expect((await stores.apiKeys.list()).find((key) => key.scope === 'agent')?.lastUsedAt).toMatch(/^\d{4}-/);
  });

  it('keeps /metrics for admin keys unless metrics.public, and /healthz open', async () => {
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    expect((await app.inject(withKey(keys.agent, { method: 'GET', url: '/metrics' }))).statusCode).toBe(403);
    expect((await app.inject(withKey(keys.admin, { method: 'GET', url: '/metrics' }))).statusCode).toBe(200);
    const open = appOver(stores, { publicRoutes: { metrics: true } });
    try {
      expect((await open.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(200);
      expect((await open.inject({ method: 'GET', url: '/v1/handoffs' })).statusCode).toBe(401);
    } finally {
      await open.close();
    }
  });

  it('starts a conversation with a widget or admin key, or with none when widget.public; posts with the conversation token or an agent or admin key, never the public widget key', async () => {
    const start = { method: 'POST', url: '/v1/conversations' } as const;
    expect((await app.inject(start)).statusCode).toBe(401);
    expect((await app.inject(withKey(keys.agent, start))).statusCode).toBe(403);
    expect((await app.inject(withKey(keys.admin, start))).statusCode).toBe(201);
    const post = { method: 'POST', url: `/v1/conversations/${conversationId}/messages`, payload: { text: 'refund?' } } as const;
    expect((await app.inject(post)).statusCode).toBe(401);
    expect((await app.inject(withKey(keys.widget, post))).statusCode).toBe(403);
    for (const key of [keys.agent, keys.admin]) expect((await app.inject(withKey(key, post))).statusCode).toBe(200);
    const open = appOver(stores, { publicRoutes: { widget: true } });
    try {
      expect((await open.inject(start)).statusCode).toBe(201);
      expect((await open.inject({ method: 'GET', url: `/v1/conversations/${conversationId}` })).statusCode).toBe(401);
    } finally {
      await open.close();
    }
  });

  it('declares an access for every route the app registers, and the table names no route the app lacks', () => {
    const registered = declaredRoutes(app);
    expect(registered.length).toBeGreaterThan(0);
    const declared = new Set(Object.keys(routeAccess));
    for (const route of registered) expect(declared.has(`${route.method === 'HEAD' ? 'GET' : route.method} ${route.url}`)).toBe(true);
    expect(new Set(registered.filter((route) => route.method !== 'HEAD').map((route) => `${route.method} ${route.url}`))).toEqual(declared);
  });

  it('refuses to register a route without a declared access', async () => {
    const bare = Fastify();
    registerRouteAuthorization(bare, { verifyKey: async () => null });
    expect(() => bare.get('/v1/undeclared', async () => ({}))).toThrow(/GET \/v1\/undeclared has no declared access/);
    const built = appOver(stores);
    expect(() => built.post('/v1/also-undeclared', async () => ({}))).toThrow(/no declared access/);
    await Promise.all([bare.close(), built.close()]);
  });
});
