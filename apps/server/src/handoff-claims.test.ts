/** Issue 16, item 8: handoff claims that cannot collide, over the HTTP API on SQLite. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createConversationService } from '@switchboard/core/conversation';
import { type AnswerPipeline } from '@switchboard/core/pipeline';
import type { HandoffStore } from '@switchboard/spec';
import { createSqliteStores, type SqliteStores } from '@switchboard/store-sqlite';
import { createTestKey, withKey } from './__fixtures__/test-api-keys.js';
import { buildApp } from './build-app.js';

let counter = 0;
const newId = (prefix?: string): string => `${prefix ?? 'id'}_${++counter}`;
const clock = () => Date.parse('2026-03-01T12:00:00Z');

/** Holds the first `count` reads until all of them have arrived, as replicas that all read before any writes. */
function readsTogether(store: HandoffStore, count: number): HandoffStore {
  let waiting = 0;
  let releaseAll: () => void = () => undefined;
  const together = new Promise<void>((resolve) => (releaseAll = resolve));
  return {
    create: (record) => store.create(record),
    list: (query) => store.list(query),
    transition: (id, expected, change) => store.transition(id, expected, change),
    async get(id) {
      if (waiting < count) {
        waiting += 1;
        if (waiting === count) releaseAll();
        await together;
      }
      return store.get(id);
    },
  };
}

/** An app over `stores`; these tests never post a customer message, so the pipeline is never called. */
function appOver(stores: SqliteStores, handoffs: HandoffStore = stores.handoffs): FastifyInstance {
  return buildApp({
    pipeline: {} as AnswerPipeline,
    conversations: stores.conversations,
    events: stores.events,
    handoffs,
    apiKeys: stores.apiKeys,
    clock,
    newId,
    bodyLimitBytes: 4096,
  });
}

/** A pipeline that hands every message to a person, as it does when the customer asks for one. */
const handingOff: AnswerPipeline = {
  run: async (question) => ({
    answer: {
      text: 'Passing you to Acme Support.',
      plainText: 'Passing you to Acme Support.',
      citations: [],
      confidence: 0,
      handoff: { mode: 'transferred', reason: 'customer_request', queue: 'Acme Support' },
      traceId: 'trace_handoff',
    },
    trace: {
      id: newId('trace'),
      conversationId: null,
      query: question,
      createdAt: new Date(clock()).toISOString(),
      stages: [],
      totalMilliseconds: 0,
    },
    composed: null,
    facts: { route: 'handoff', intent: null, safety: null, retrieved: [], toolsRun: [], persona: null, language: null, mode: 'handoff' },
    events: [],
  }),
};

/** A conversation whose customer asked for a person, as the conversation service leaves it. */
async function openHandoff(stores: SqliteStores): Promise<{ conversationId: string; handoffId: string }> {
  const service = createConversationService({ pipeline: handingOff, ...stores, clock, newId });
  const { id: conversationId } = await service.start();
  const { handoff } = await service.receive(conversationId, { text: 'I want to talk to a person' });
  return { conversationId, handoffId: handoff!.id };
}

const errorOf = (response: LightMyRequestResponse) => response.json<{ error: { code: string; message: string } }>().error;

describe('handoff claims', () => {
  let folder: string;
  let stores: SqliteStores;
  let app: FastifyInstance;
  /** An admin key: it may act for any named agent, so one key plays the many agents these races need. */
  let leadKey: string;

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'switchboard-claims-'));
    stores = createSqliteStores(join(folder, 'switchboard.db'));
    app = appOver(stores);
    leadKey = await createTestKey(stores.apiKeys, 'admin', 'lead');
  });
  afterEach(async () => {
    await app.close();
    stores.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const post = (url: string, payload?: Record<string, unknown>, on: FastifyInstance = app) =>
    on.inject(withKey(leadKey, { method: 'POST', url, ...(payload ? { payload } : {}) }));

  it('lets exactly one of fifty simultaneous claims win, across two servers on one SQLite file', async () => {
    const replicaStores = createSqliteStores(join(folder, 'switchboard.db'));
    const replica = appOver(replicaStores);
    try {
      const { conversationId, handoffId } = await openHandoff(stores);
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, i) => post(`/v1/handoffs/${handoffId}/claim`, { agent: `agent-${i}` }, i % 2 ? replica : app)),
      );
      const won = responses.filter((response) => response.statusCode === 200);
      const lost = responses.filter((response) => response.statusCode === 409);
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(49);
      const winner = won[0]!.json<{ claimedBy: string }>().claimedBy;
      for (const response of lost) {
        expect(errorOf(response).code).toBe('ALREADY_CLAIMED');
        expect(errorOf(response).message).toContain(`held by ${winner}`);
      }
      expect((await stores.handoffs.get(handoffId))?.claimedBy).toBe(winner);
      const claims = await stores.events.list({ conversationId, type: 'handoff.claimed' });
      expect(claims.map((event) => event.data['agent'])).toEqual([winner]);
    } finally {
      await replica.close();
      replicaStores.close();
    }
  });

  it('refuses a claim of a handoff someone holds, and hands it over only with takeOver, recording the takeover', async () => {
    const { conversationId, handoffId } = await openHandoff(stores);
    expect((await post(`/v1/handoffs/${handoffId}/claim`, { agent: 'ana' })).statusCode).toBe(200);
    expect((await post(`/v1/handoffs/${handoffId}/claim`, { agent: 'ana' })).json()).toMatchObject({ claimedBy: 'ana' });

    const refused = await post(`/v1/handoffs/${handoffId}/claim`, { agent: 'ben' });
    expect(refused.statusCode).toBe(409);
    expect(errorOf(refused)).toMatchObject({ code: 'ALREADY_CLAIMED', message: expect.stringContaining('held by ana') });

    const taken = await post(`/v1/handoffs/${handoffId}/claim`, { agent: 'ben', takeOver: true });
    expect(taken.statusCode).toBe(200);
    expect(taken.json()).toMatchObject({ status: 'claimed', claimedBy: 'ben' });
    const events = await stores.events.list({ conversationId });
    expect(events.filter((event) => event.type.startsWith('handoff.')).map((event) => [event.type, event.data['agent']])).toEqual([
      ['handoff.created', undefined],
      ['handoff.claimed', 'ana'],
      ['handoff.taken_over', 'ben'],
    ]);
    expect(events.find((event) => event.type === 'handoff.taken_over')?.data).toMatchObject({ handoffId, previousAgent: 'ana' });
  });

  it('lets exactly one of two racing takeovers win when both saw the same holder', async () => {
    await app.close();
    app = appOver(stores, readsTogether(stores.handoffs, 2));
    const { conversationId, handoffId } = await openHandoff(stores);
    await stores.handoffs.transition(
      handoffId,
      { status: ['open'] },
      { status: 'claimed', claimedBy: 'ana', claimedAt: '2026-03-01T11:30:00.000Z' },
    );

    const responses = await Promise.all(['ben', 'cleo'].map((agent) => post(`/v1/handoffs/${handoffId}/claim`, { agent, takeOver: true })));
    expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 409]);
    const winner = responses.find((response) => response.statusCode === 200)!.json<{ claimedBy: string }>().claimedBy;
    const loser = responses.find((response) => response.statusCode === 409)!;
    expect(errorOf(loser)).toMatchObject({ code: 'ALREADY_CLAIMED', message: expect.stringContaining(`held by ${winner}`) });
    const takeovers = await stores.events.list({ conversationId, type: 'handoff.taken_over' });
    expect(takeovers.map((event) => event.data)).toEqual([{ handoffId, agent: winner, previousAgent: 'ana' }]);
  });

  it("lets an agent key act only as its own agent: another agent's name is 403, and an unnamed reply is checked against the holder", async () => {
    const { conversationId, handoffId } = await openHandoff(stores);
    const anaKey = await createTestKey(stores.apiKeys, 'agent', 'ana');
    const asAna = (url: string, payload?: Record<string, unknown>) =>
      app.inject(withKey(anaKey, { method: 'POST', url, ...(payload ? { payload } : {}) }));
    const forged = await asAna(`/v1/handoffs/${handoffId}/claim`, { agent: 'ben' });
    expect(forged.statusCode).toBe(403);
    expect(errorOf(forged)).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('acts as agent "ana"') });
    expect((await stores.handoffs.get(handoffId))?.status).toBe('open');

    expect((await asAna(`/v1/handoffs/${handoffId}/claim`, { agent: 'ana' })).json()).toMatchObject({ claimedBy: 'ana' });
    await post(`/v1/handoffs/${handoffId}/claim`, { agent: 'ben', takeOver: true });
    // Ana's key names no agent: it is still Ana replying, and Ben holds the conversation now.
    const reply = await asAna(`/v1/handoffs/${handoffId}/reply`, { text: 'Ana again' });
    expect(reply.statusCode).toBe(409);
    expect((await stores.conversations.listMessages(conversationId)).map((m) => m.text)).not.toContain('Ana again');
  });

  it('refuses a reply or release by an agent who no longer holds the handoff, with 409', async () => {
    const { conversationId, handoffId } = await openHandoff(stores);
    await post(`/v1/handoffs/${handoffId}/claim`, { agent: 'ana' });
    await post(`/v1/handoffs/${handoffId}/claim`, { agent: 'ben', takeOver: true });

    const reply = await post(`/v1/handoffs/${handoffId}/reply`, { text: 'Ana here, still on it', agent: 'ana' });
    expect(reply.statusCode).toBe(409);
    expect(errorOf(reply)).toMatchObject({ code: 'ALREADY_CLAIMED', message: expect.stringContaining('held by ben') });
    const release = await post(`/v1/handoffs/${handoffId}/release`, { agent: 'ana' });
    expect(release.statusCode).toBe(409);
    expect(errorOf(release).code).toBe('ALREADY_CLAIMED');
    expect((await stores.handoffs.get(handoffId))?.status).toBe('claimed');
    // The refused reply was not stored: the conversation holds only the customer's request and the bot's notice.
    expect((await stores.conversations.listMessages(conversationId)).map((m) => m.role)).toEqual(['customer', 'bot']);

    expect((await post(`/v1/handoffs/${handoffId}/reply`, { text: 'Ben here.', agent: 'ben' })).statusCode).toBe(201);
    expect((await post(`/v1/handoffs/${handoffId}/release`, { agent: 'ben' })).json()).toMatchObject({
      status: 'released',
      claimedBy: 'ben',
    });

    for (const [url, payload] of [
      ['reply', { text: 'one more thing', agent: 'ben' }],
      ['release', { agent: 'ben' }],
      ['release', undefined],
      ['claim', { agent: 'cleo', takeOver: true }],
    ] as const) {
      const late = await post(`/v1/handoffs/${handoffId}/${url}`, payload);
      expect(late.statusCode, url).toBe(409);
      expect(errorOf(late)).toMatchObject({ code: 'HANDOFF_CHANGED', message: expect.stringContaining('was released at') });
    }
    expect((await stores.conversations.listMessages(conversationId)).map((message) => message.text)).toEqual([
      'I want to talk to a person',
      'Passing you to Acme Support.',
      'Ben here.',
    ]);
  });
});
