/** Issue 18 item 4: GET /v1/me, the console's sign-in check, names the key the caller holds. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createSqliteStores, type SqliteStores } from '@switchboard/store-sqlite';
import { createTestKey, withKey } from '../__fixtures__/test-api-keys.js';
import { keyedApp } from '../__fixtures__/keyed-app.js';

let counter = 0;
const newId = (prefix?: string): string => `${prefix ?? 'id'}_${++counter}`;

describe('GET /v1/me (issue 18)', () => {
  let dir: string;
  let stores: SqliteStores;
  let app: FastifyInstance;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sb-me-'));
    stores = createSqliteStores(join(dir, 'store.db'));
    app = keyedApp(stores, newId);
  });
  afterEach(async () => {
    await app.close();
    stores.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers the name and scope of any valid key, whatever its scope', async () => {
    for (const scope of ['admin', 'agent', 'widget'] as const) {
      const key = await createTestKey(stores.apiKeys, scope, `console-${scope}`);
      const response = await app.inject(withKey(key, { method: 'GET', url: '/v1/me' }));
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ name: `console-${scope}`, scope });
    }
  });

  it('is 401 without a key, with an unknown key and with a revoked one', async () => {
    expect((await app.inject({ method: 'GET', url: '/v1/me' })).statusCode).toBe(401);
    const key = await createTestKey(stores.apiKeys, 'agent', 'leaver');
    expect((await app.inject(withKey(`${key.slice(0, -4)}AAAA`, { method: 'GET', url: '/v1/me' }))).statusCode).toBe(401);
    const [record] = await stores.apiKeys.list();
    await stores.apiKeys.revoke(record!.name, '2026-03-01T00:00:00.000Z');
    const revoked = await app.inject(withKey(key, { method: 'GET', url: '/v1/me' }));
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json<{ error: { code: string } }>().error.code).toBe('UNAUTHENTICATED');
  });
});
