/**
 * Issue 20 item 4: the kill switch over HTTP on real SQLite — who may read and flip it, what it records — and the
 * done-when: turned on through one replica, it takes effect on a second replica over the same file, without a restart.
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
const errorOf = (response: { json<T>(): T }) => response.json<{ error: { code: string } }>().error;

describe('GET and POST /v1/killswitch (issue 20)', () => {
  let dir: string;
  let first: SqliteStores;
  let second: SqliteStores;
  let replicaA: FastifyInstance;
  let replicaB: FastifyInstance;
  let now: number;
  let adminKey: string;
  let agentKey: string;
  let widgetKey: string;

  const inject = (app: FastifyInstance, key: string, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) =>
    app.inject(withKey(key, { method, url, ...(payload ? { payload } : {}) } as InjectOptions));
  /** A new customer conversation on `app` and its reply to one message. */
  const ask = async (app: FastifyInstance, text: string) => {
    const conversation = (await inject(app, widgetKey, 'POST', '/v1/conversations')).json<{ id: string; token: string }>();
    const response = await inject(app, conversation.token, 'POST', `/v1/conversations/${conversation.id}/messages`, { text });
    expect(response.statusCode).toBe(200);
    return { conversationId: conversation.id, ...response.json<{ text: string; traceId: string; handoff: { reason: string } | null }>() };
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sb-killswitch-'));
    // Two replicas: two processes' worth of stores and apps over ONE SQLite file, each with its own kill-switch cache.
    first = createSqliteStores(join(dir, 'store.db'));
    second = createSqliteStores(join(dir, 'store.db'));
    now = Date.parse('2026-03-01T09:00:00.000Z');
    const settings = { clock: () => now, humanQueue: { queue: 'Billing', hours: 'weekdays 9-5' } };
    replicaA = keyedApp(first, newId, { ...settings, switches: first.switches });
    replicaB = keyedApp(second, newId, { ...settings, switches: second.switches });
    adminKey = await createTestKey(first.apiKeys, 'admin', 'ops-lead');
    agentKey = await createTestKey(first.apiKeys, 'agent', 'ann');
    widgetKey = await createTestKey(first.apiKeys, 'widget');
  });
  afterEach(async () => {
    await replicaA.close();
    await replicaB.close();
    first.close();
    second.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lets an agent read it and only an admin flip it, naming the key as the one who did', async () => {
    expect((await inject(replicaA, agentKey, 'GET', '/v1/killswitch')).json()).toEqual({ on: false, reason: null, by: null, at: null });
    expect((await replicaA.inject({ method: 'GET', url: '/v1/killswitch' })).statusCode).toBe(401);
    expect((await inject(replicaA, widgetKey, 'GET', '/v1/killswitch')).statusCode).toBe(403);
    const byAgent = await inject(replicaA, agentKey, 'POST', '/v1/killswitch', { on: true });
    expect([byAgent.statusCode, errorOf(byAgent).code]).toEqual([403, 'FORBIDDEN']);

    const turnedOn = await inject(replicaA, adminKey, 'POST', '/v1/killswitch', { on: true, reason: 'refund answers are wrong', by: 'x' });
    expect([turnedOn.statusCode, errorOf(turnedOn).code]).toEqual([400, 'VALIDATION_FAILED']);
    const on = await inject(replicaA, adminKey, 'POST', '/v1/killswitch', { on: true, reason: 'refund answers are wrong' });
    const expected = { on: true, reason: 'refund answers are wrong', by: 'ops-lead', at: '2026-03-01T09:00:00.000Z' };
    expect([on.statusCode, on.json()]).toEqual([200, expected]);
    expect((await inject(replicaB, agentKey, 'GET', '/v1/killswitch')).json()).toEqual(expected);
    const audit = await first.events.list({ type: 'killswitch.changed' });
    expect(audit.map((event) => event.data)).toEqual([{ on: true, reason: 'refund answers are wrong', by: 'ops-lead', wasOn: false }]);
  });

  it('takes effect on a second running replica within the cache window, without a restart, and lifts the same way', async () => {
    // Replica B answers first, so it holds the switch's state (off) in its cache when A turns it on.
    const before = await ask(replicaB, 'Can annual plans be refunded?');
    expect([before.text, before.handoff]).toEqual([expect.stringContaining('30 days'), null]);

    expect((await inject(replicaA, adminKey, 'POST', '/v1/killswitch', { on: true, reason: 'incident 42' })).statusCode).toBe(200);
    now += 1000; // the cache window: B reads the store again on its next message
    const during = await ask(replicaB, 'Can annual plans be refunded?');
    expect(during.text).toContain('Our assistant is paused right now; a person from our Billing team will reply here');
    expect(during.handoff).toMatchObject({ reason: 'kill_switch', queue: 'Billing', status: 'open' });
    const trace = (await inject(replicaB, agentKey, 'GET', `/v1/traces/${during.traceId}`)).json<{
      stages: { name: string; detail: object }[];
    }>();
    expect(trace.stages[0]).toMatchObject({ name: 'kill_switch', detail: { reason: 'incident 42', by: 'ops-lead' } });
    expect(trace.stages.find((stage) => stage.name === 'retrieve')?.detail).toEqual({ skipped: 'kill switch on' });
    const queue = (await inject(replicaA, agentKey, 'GET', '/v1/handoffs')).json<{
      handoffs: { conversationId: string; reason: string }[];
    }>();
    expect(queue.handoffs).toContainEqual(expect.objectContaining({ conversationId: during.conversationId, reason: 'kill_switch' }));

    expect((await inject(replicaA, adminKey, 'POST', '/v1/killswitch', { on: false })).statusCode).toBe(200);
    now += 1000;
    const after = await ask(replicaB, 'Can annual plans be refunded?');
    expect([after.text, after.handoff]).toEqual([expect.stringContaining('30 days'), null]);
  });
});
