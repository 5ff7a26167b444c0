/** Issue 18 item 4 / issue 19 item 1: GET /v1/metrics/summary over what the HTTP API recorded, on real SQLite. */
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

interface Summary {
  from: string;
  to: string;
  by: string;
  rows: Record<string, unknown>[];
  intentMix: unknown[];
}

describe('GET /v1/metrics/summary (issue 18)', () => {
  let dir: string;
  let stores: SqliteStores;
  let app: FastifyInstance;
  let adminKey: string;
  let now: number;
  const summary = (url: string, key = adminKey) => app.inject(withKey(key, { method: 'GET', url }));

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sb-metrics-summary-'));
    stores = createSqliteStores(join(dir, 'store.db'));
    now = Date.parse('2026-03-01T09:00:00.000Z');
    app = keyedApp(stores, newId, { clock: () => now });
    adminKey = await createTestKey(stores.apiKeys, 'admin');
    const widgetKey = await createTestKey(stores.apiKeys, 'widget');
    const conversation = async () => {
      const { id, token } = (await app.inject(withKey(widgetKey, { method: 'POST', url: '/v1/conversations' }))).json<{
        id: string;
        token: string;
      }>();
      const post = async (path: string, payload?: Record<string, unknown>) => {
        now += 1000;
        const response = await app.inject(
          withKey(token, { method: 'POST', url: `/v1/conversations/${id}${path}`, payload } as InjectOptions),
        );
        expect(response.statusCode, path).toBeLessThan(300);
        return response.json<{ messageId?: string }>();
      };
      return { post };
    };
    // 1 March: one answered and rated, one declined and then handed to a person.
    const resolved = await conversation();
    const { messageId } = await resolved.post('/messages', { text: 'Can annual plans be refunded?' });
    await resolved.post('/feedback', { messageId, thumbs: 'up' });
    await resolved.post('/feedback', { csat: 5 });
    const escalated = await conversation();
    await escalated.post('/messages', { text: 'Do you ship to Mars by rocket?' });
    await escalated.post('/handoff');
    // 2 March: one answered, rated 3.
    now = Date.parse('2026-03-02T10:00:00.000Z');
    const second = await conversation();
    await second.post('/messages', { text: 'Can annual plans be refunded?' });
    await second.post('/feedback', { csat: 3 });
  });
  afterEach(async () => {
    await app.close();
    stores.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sums each day from the events the conversation service recorded', async () => {
    // Two hours after the last answer: each answer followed by silence has settled into a resolution by the bot.
    now = Date.parse('2026-03-02T12:00:00.000Z');
    const response = await summary('/v1/metrics/summary?from=2026-03-01&to=2026-03-03&by=day');
    expect(response.statusCode).toBe(200);
    const body = response.json<Summary>();
    expect(body).toMatchObject({ from: '2026-03-01T00:00:00.000Z', to: '2026-03-03T00:00:00.000Z', by: 'day', intentMix: [] });
    // The issue 18 figures keep their keys (the console reads them); the issue 19 ones are in outcome-route.test.ts.
    expect(body.rows).toMatchObject([
      {
        key: '2026-03-01',
        conversations: 2,
        messages: 2,
        answered: 1,
        declined: 1,
        refused: 0,
        held: 0,
        handoffs: 1,
        automatedResolutionRate: 0.5,
        escalationRate: 0.5,
        thumbsUp: 1,
        thumbsDown: 0,
        csat: 5,
        p50Ms: expect.any(Number),
        p95Ms: expect.any(Number),
        stageP95Ms: expect.objectContaining({ retrieve: expect.any(Number), compose: expect.any(Number) }),
        // No LLM: nothing was spent.
        cost: 0,
      },
      expect.objectContaining({ key: '2026-03-02', conversations: 1, answered: 1, automatedResolutionRate: 1, escalationRate: 0, csat: 3 }),
    ]);
    // Generation did not run (no LLM): a skipped stage has no latency to report.
    expect(body.rows[0]!['stageP95Ms']).not.toHaveProperty('generate');
  });

  it('groups by intent, and covers the last 30 days when no window is given', async () => {
    now = Date.parse('2026-03-02T12:00:00.000Z');
    const byIntent = (await summary('/v1/metrics/summary?by=intent')).json<Summary>();
    expect(byIntent).toMatchObject({ from: '2026-01-31T12:00:00.000Z', to: '2026-03-02T12:00:00.000Z', by: 'intent' });
    expect(byIntent.rows).toEqual([expect.objectContaining({ key: '(none)', conversations: 3, answered: 2, handoffs: 1 })]);
    const earlier = (await summary('/v1/metrics/summary?from=2026-02-01&to=2026-03-01')).json<Summary>();
    expect(earlier.rows).toEqual([]);
  });

  it('refuses a window that ends before it starts and an unknown grouping, naming the parameter', async () => {
    for (const [url, field] of [
      ['/v1/metrics/summary?from=2026-03-03&to=2026-03-01', 'from'],
      ['/v1/metrics/summary?by=week', 'by'],
      ['/v1/metrics/summary?to=soon', 'to'],
    ] as const) {
      const response = await summary(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json<{ error: { message: string } }>().error.message).toContain(`query parameter ${field}`);
    }
  });

  it('needs an admin key: none is 401, an agent key 403', async () => {
    expect((await app.inject({ method: 'GET', url: '/v1/metrics/summary' })).statusCode).toBe(401);
    expect((await summary('/v1/metrics/summary', await createTestKey(stores.apiKeys, 'agent'))).statusCode).toBe(403);
    expect((await summary('/v1/metrics/summary')).statusCode).toBe(200);
  });
});
