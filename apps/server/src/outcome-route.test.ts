/**
 * Issue 19 item 1: outcomes through the HTTP API on real SQLite and a real Fastify app — customers' feedback, a
 * person's handoff, an agent's stated outcome — and what GET /v1/metrics/summary and /metrics make of them.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { SqliteStores } from '@switchboard/store-sqlite';
import { createTestKeys, withKey } from './__fixtures__/test-api-keys.js';
import { keyedApp } from './__fixtures__/keyed-app.js';
import { temporaryStores, type TemporaryStores } from './__fixtures__/temporary-stores.js';

let counter = 0;
const newId = (prefix?: string): string => `${prefix ?? 'id'}_${++counter}`;
const errorOf = (response: { json<T>(): T }) => response.json<{ error: { code: string; message: string } }>().error;
const minute = 60_000;

describe('POST /v1/conversations/:id/outcome and the outcome metrics (issue 19)', () => {
  let temporary: TemporaryStores;
  let stores: SqliteStores;
  let app: FastifyInstance;
  let now: number;
  let adminKey: string;
  let agentKey: string;
  let widgetKey: string;

  const inject = async (key: string, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) =>
    app.inject(withKey(key, { method, url, ...(payload ? { payload } : {}) } as InjectOptions));
  const start = async () => (await inject(widgetKey, 'POST', '/v1/conversations')).json<{ id: string; token: string }>();
  const customer = async (conversation: { id: string; token: string }, path: string, payload?: Record<string, unknown>) => {
    const response = await inject(conversation.token, 'POST', `/v1/conversations/${conversation.id}${path}`, payload);
    expect(response.statusCode, path).toBeLessThan(300);
    return response.json<{ messageId?: string; handoff?: { id: string } }>();
  };
  const stateOutcome = (id: string, payload: Record<string, unknown>, key = agentKey) =>
    inject(key, 'POST', `/v1/conversations/${id}/outcome`, payload);

  beforeEach(async () => {
    temporary = await temporaryStores();
    stores = temporary.stores;
    now = Date.parse('2026-03-01T09:00:00.000Z');
    app = keyedApp(stores, newId, { clock: () => now });
    ({ admin: adminKey, agent: agentKey, widget: widgetKey } = await createTestKeys(stores.apiKeys));
  });
  afterEach(async () => {
    await app.close();
    temporary.remove();
  });

  it('shows feedback, a handoff and stated outcomes in the summary and in /metrics', async () => {
    // A: answered and rated 5, then the customer is back two hours later: reopened.
    const reopened = await start();
    const { messageId } = await customer(reopened, '/messages', { text: 'Can annual plans be refunded?' });
    await customer(reopened, '/feedback', { messageId, thumbs: 'up' });
    await customer(reopened, '/feedback', { csat: 5 });
    // B: answered, rated 1; an agent says a person resolved it on the phone.
    const called = await start();
    await customer(called, '/messages', { text: 'Can annual plans be refunded?' });
    await customer(called, '/feedback', { csat: 1 });
    // C: declined, the customer asks for a person, who replies and gives it back.
    const handed = await start();
    await customer(handed, '/messages', { text: 'Do you ship to Mars by rocket?' });
    const { handoff } = await customer(handed, '/handoff');
    await inject(agentKey, 'POST', `/v1/handoffs/${handoff!.id}/claim`, { agent: 'ann' });
    await inject(agentKey, 'POST', `/v1/handoffs/${handoff!.id}/reply`, { text: 'We do not, sorry.' });
    await inject(agentKey, 'POST', `/v1/handoffs/${handoff!.id}/release`, {});
    // D: answered, then silence: resolved by the bot.
    const resolved = await start();
    await customer(resolved, '/messages', { text: 'Can annual plans be refunded?' });
    now += 2 * 60 * minute;
    await customer(reopened, '/messages', { text: 'That did not work' });
    const stated = await stateOutcome(called.id, { outcome: 'resolved_human', at: '2026-03-01T09:30:00Z', note: 'called the customer' });
    expect(stated.statusCode).toBe(201);
    now = Date.parse('2026-03-01T20:00:00.000Z');

    const summary = await inject(adminKey, 'GET', '/v1/metrics/summary?from=2026-03-01&to=2026-03-02&by=day');
    expect(summary.statusCode).toBe(200);
    expect(summary.json<{ asOf: string }>().asOf).toBe('2026-03-01T20:00:00.000Z');
    const [row] = summary.json<{ rows: Record<string, unknown>[] }>().rows;
    expect(row).toMatchObject({
      key: '2026-03-01',
      conversations: 4,
      byOutcome: { resolved_bot: 1, resolved_human: 2, reopened: 1, escalated: 0, abandoned: 0, open: 0 },
      automatedResolutionRate: 0.25,
      reopenRate: 0.25,
      escalationRate: 0.25,
      escalationReasons: { customer_request: 1 },
      // A and D never reached a person; B did, on the agent's word.
      deflectionRate: 0.5,
      rated: 2,
      csat: 3,
      // A's 5 came before A's customer came back, so A's rater counts half: (0.5 × 5 + 1) / 1.5.
      csatFiltered: 2.333,
      thumbsUp: 1,
      // No LLM: nothing spent, so each resolution cost nothing.
      costPerResolution: 0,
      labelMean: expect.any(Number),
    });
    // A (a 5, then reopened) and B (a 1) lean negative; D's lone resolution and C's person do not outweigh them.
    expect(row!['labelMean']).toBeLessThan(0);
    const byRelease = (await inject(adminKey, 'GET', '/v1/metrics/summary?from=2026-03-01&to=2026-03-02&by=release')).json<{
      rows: { key: string; conversations: number }[];
    }>();
    expect(byRelease.rows.map((r) => [r.key, r.conversations])).toEqual([['unreleased', 4]]);

    const metrics = (await inject(adminKey, 'GET', '/metrics')).body;
    expect(metrics).toContain('switchboard_conversations_by_outcome{outcome="reopened"} 1');
    expect(metrics).toContain('switchboard_conversations_by_outcome{outcome="resolved_human"} 2');
    expect(metrics).toContain('switchboard_conversations_by_outcome{outcome="resolved_bot"} 1');
    expect(metrics).toContain('switchboard_csat_rating_bucket{le="1"} 1');
    expect(metrics).toContain('switchboard_csat_rating_count 2');
    expect(metrics).toContain('switchboard_feedback_thumbs_total{thumbs="up"} 1');
    expect(metrics).toContain('switchboard_agent_outcomes_total{outcome="resolved_human"} 1');
  });

  it("records the agent's outcome through the conversation service, with the key's name and the stated time", async () => {
    const conversation = await start();
    await customer(conversation, '/messages', { text: 'Can annual plans be refunded?' });
    now += 10 * minute;
    const response = await stateOutcome(conversation.id, { outcome: 'abandoned', note: 'customer left the chat' });
    expect(response.statusCode).toBe(201);
    const [event] = await stores.events.list({ conversationId: conversation.id, type: 'outcome.recorded' });
    expect(event?.data).toEqual({
      outcomeId: response.json<{ id: string }>().id,
      outcome: 'abandoned',
      at: new Date(now).toISOString(),
      note: 'customer left the chat',
      agent: 'ann',
    });
  });

  it('refuses a bad body naming the field, a time in the future, and an unknown conversation', async () => {
    const conversation = await start();
    for (const [payload, field] of [
      [{ outcome: 'escalated' }, 'outcome'],
      [{}, 'outcome'],
      [{ outcome: 'reopened', at: 'yesterday' }, 'at'],
      [{ outcome: 'reopened', note: '' }, 'note'],
      [{ outcome: 'reopened', by: 'ann' }, "'by'"],
      [{ outcome: 'reopened', at: '2026-03-02T00:00:00Z' }, 'at'],
    ] as const) {
      const response = await stateOutcome(conversation.id, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(errorOf(response).message).toContain(field);
    }
    expect((await stateOutcome('conv_nope', { outcome: 'reopened' })).statusCode).toBe(404);
    expect(await stores.events.list({ type: 'outcome.recorded' })).toEqual([]);
  });

  it("needs an agent or admin key: none (or the conversation's token, which is no key) is 401, a widget key 403", async () => {
    const conversation = await start();
    const url = `/v1/conversations/${conversation.id}/outcome`;
    expect((await app.inject({ method: 'POST', url, payload: { outcome: 'reopened' } })).statusCode).toBe(401);
    expect((await stateOutcome(conversation.id, { outcome: 'reopened' }, widgetKey)).statusCode).toBe(403);
    // The customer cannot state their own conversation's outcome.
    expect((await stateOutcome(conversation.id, { outcome: 'reopened' }, conversation.token)).statusCode).toBe(401);
    expect((await stateOutcome(conversation.id, { outcome: 'reopened' })).statusCode).toBe(201);
    expect((await stateOutcome(conversation.id, { outcome: 'resolved_bot' }, adminKey)).statusCode).toBe(201);
  });
});
