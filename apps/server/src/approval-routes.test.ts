/**
 * Issue 18: the approval routes' access and validation over the real app and a SQLite store. The round trip with a
 * workflow that parks a call is examples/retail-store/src/retail-approvals.test.ts; the decision itself is tested in
 * packages/core/src/conversation/decide-approval.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { createSqliteStores, type SqliteStores } from '@switchboard/store-sqlite';
import { createTestKey, withKey } from './__fixtures__/test-api-keys.js';
import { keyedApp } from './__fixtures__/keyed-app.js';

let counter = 0;
const newId = (prefix?: string): string => `${prefix ?? 'id'}_${++counter}`;
const errorOf = (response: { json<T>(): T }) => response.json<{ error: { code: string; message: string } }>().error;

describe('the approval routes (issue 18)', () => {
  let dir: string;
  let stores: SqliteStores;
  let app: FastifyInstance;
  let agentKey: string;
  const asAgent = (options: InjectOptions) => app.inject(withKey(agentKey, options));

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'approval-routes-'));
    stores = createSqliteStores(join(dir, 'switchboard.db'));
    app = keyedApp(stores, newId);
    agentKey = await createTestKey(stores.apiKeys, 'agent', 'ana');
  });
  afterEach(async () => {
    await app.close();
    stores.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('are for agent and admin keys: no key is 401, a widget key 403', async () => {
    const widgetKey = await createTestKey(stores.apiKeys, 'widget');
    const adminKey = await createTestKey(stores.apiKeys, 'admin');
    for (const [method, url] of [
      ['GET', '/v1/approvals'],
      ['POST', '/v1/approvals/conv_1.act_1/approve'],
      ['POST', '/v1/approvals/conv_1.act_1/deny'],
    ] as const) {
      const request = { method, url, ...(method === 'POST' ? { payload: { agent: 'ana' } } : {}) };
      expect((await app.inject(request)).statusCode, `${method} ${url} without a key`).toBe(401);
      expect((await app.inject(withKey(widgetKey, request))).statusCode, `${method} ${url} with a widget key`).toBe(403);
    }
    expect((await app.inject(withKey(adminKey, { method: 'GET', url: '/v1/approvals' }))).statusCode).toBe(200);
    expect((await asAgent({ method: 'GET', url: '/v1/approvals?status=pending' })).json()).toEqual({ approvals: [] });
  });

  it('names the bad field: an unknown status, a decision without an agent, an unknown body field', async () => {
    const status = await asAgent({ method: 'GET', url: '/v1/approvals?status=waiting' });
    expect(status.statusCode).toBe(400);
    expect(errorOf(status)).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('query parameter status') });
    const noAgent = await asAgent({ method: 'POST', url: '/v1/approvals/conv_1.act_1/approve', payload: { note: 'fine' } });
    expect(errorOf(noAgent)).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('agent') });
    const extra = await asAgent({ method: 'POST', url: '/v1/approvals/conv_1.act_1/deny', payload: { agent: 'ana', amount: 5 } });
    expect(errorOf(extra)).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining("unknown field 'amount'") });
  });

  it('answers 404 NOT_FOUND for an approval no parked call has', async () => {
    const response = await asAgent({ method: 'POST', url: '/v1/approvals/conv_1.act_1/approve', payload: { agent: 'ana' } });
    expect(response.statusCode).toBe(404);
    expect(errorOf(response)).toMatchObject({ code: 'NOT_FOUND', message: 'approval conv_1.act_1 does not exist' });
  });
});
