import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { createAnswerPipeline } from '@switchboard/core/pipeline';
import { HybridRetriever, KnowledgeIndex } from '@switchboard/core/retrieval';
import { createDefaultSafetyFilter } from '@switchboard/core/safety';
import { shippedAnswerModels, shippedSafetyModels } from '@switchboard/models';
import type { HandoffRecord } from '@switchboard/spec';
import { createSqliteStores, type SqliteStores } from '@switchboard/store-sqlite';
import { makeChunk, makeDocument } from '@switchboard/testkit';
import { createTestKey, withKey } from './__fixtures__/test-api-keys.js';
import { buildApp } from './build-app.js';

let counter = 0;
const newId = (prefix?: string): string => `${prefix ?? 'id'}_${++counter}`;
const safety = createDefaultSafetyFilter({ models: shippedSafetyModels });

interface MessageBody {
  text: string | null;
  plainText: string | null;
  citations: unknown[];
  confidence: number;
  handoff: { mode: string; reason: string; queue: string; id?: string; status?: string } | null;
  traceId: string | null;
}

describe('handoff over the HTTP API', () => {
  let stores: SqliteStores;
  let app: FastifyInstance;
  let adminKey: string;
  /** `app.inject` with the admin key, unless the request sends its own Authorization header. */
  const inject = (options: InjectOptions) => app.inject(withKey(adminKey, options));
  let now = Date.parse('2026-03-01T12:00:00Z');

  function build(options: { retrieverDown?: boolean } = {}): FastifyInstance {
    const index = new KnowledgeIndex({ k1: 1.2, b: 0.6, fieldWeights: { title: 2.5, headings: 1.5, body: 1, tags: 1 } });
    const document = makeDocument({ id: 'refunds', title: 'Requesting a refund' });
    index.addChunks([
      makeChunk(document, { text: 'Annual plans can be refunded within 30 days of purchase. Click Request refund in Settings.' }),
    ]);
    const down = {
      lexical: index,
      retrieve: async () => {
        throw new Error('embedder unreachable');
      },
    } as unknown as HybridRetriever;
    const pipeline = createAnswerPipeline({
      retriever: options.retrieverDown ? down : new HybridRetriever(index, null),
      clock: () => now,
      timer: () => performance.now(),
      newId,
      topK: 5,
      composer: {
        minConfidence: 0.45,
        maxSentences: 3,
        maxChunks: 3,
        handoffQueue: 'Acme Support',
        handoffHours: 'weekdays 9-5',
        models: shippedAnswerModels,
      },
      safety,
    });
    return buildApp({
      pipeline,
      conversations: stores.conversations,
      events: stores.events,
      handoffs: stores.handoffs,
      apiKeys: stores.apiKeys,
      rateLimits: { perCustomer: { limit: 5, windowSeconds: 60 }, perIp: { limit: 100, windowSeconds: 60 } },
      clock: () => now,
      newId,
      bodyLimitBytes: 4096,
    });
  }

  beforeEach(async () => {
    stores = createSqliteStores(':memory:');
    adminKey = await createTestKey(stores.apiKeys, 'admin');
    app = build();
  });
  afterEach(async () => {
    await app.close();
    stores.close();
  });

  const conversation = async (customer?: Record<string, string>): Promise<string> =>
    (await inject({ method: 'POST', url: '/v1/conversations', payload: customer ? { customer } : {} })).json<{ id: string }>().id;
  const send = async (id: string, text: string) => {
    const response = await inject({ method: 'POST', url: `/v1/conversations/${id}/messages`, payload: { text } });
    return { status: response.statusCode, body: response.json<MessageBody>(), headers: response.headers };
  };

  it('hands off on "agent", stays silent afterwards, and answers again once a human releases it', async () => {
    const id = await conversation({ plan: 'team', id: 'cust_1' });
    const first = await send(id, 'how do I get a refund?');
    expect(first.body.handoff).toBeNull();
    const handoff = await send(id, 'agent');
    expect(handoff.body.handoff).toMatchObject({ mode: 'transferred', reason: 'customer_request', queue: 'Acme Support', status: 'open' });
    expect(handoff.body.text).toContain('Acme Support team. They work weekdays 9-5');
    expect(handoff.body.plainText).toBe(handoff.body.text);

    const silent = await send(id, 'hello? anyone there?');
    expect(silent.status).toBe(200);
    expect(silent.body).toMatchObject({
      text: null,
      plainText: null,
      citations: [],
      traceId: null,
      handoff: { id: handoff.body.handoff!.id, mode: 'transferred' },
    });

    const queue = (await inject({ method: 'GET', url: '/v1/handoffs?status=open' })).json<{ handoffs: HandoffRecord[] }>().handoffs;
    expect(queue).toHaveLength(1);
    const packet = queue[0]!.packet;
    expect(packet.customer).toEqual({ plan: 'team', id: 'cust_1' });
    expect(packet.reason).toBe('customer_request');
    expect(packet.retrieved[0]).toMatchObject({ title: 'Requesting a refund' });
    expect(packet.transcript.map((t) => t.role)).toEqual(['customer', 'bot', 'customer', 'bot']);
    expect(packet.transcript[1]!.text).toContain('refunded within 30 days');
    expect(packet.eventIds.length).toBeGreaterThan(3);

    const handoffId = queue[0]!.id;
    const claimed = await inject({ method: 'POST', url: `/v1/handoffs/${handoffId}/claim`, payload: { agent: 'ana' } });
    expect(claimed.json()).toMatchObject({ status: 'claimed', claimedBy: 'ana' });
    const reply = await inject({
      method: 'POST',
      url: `/v1/handoffs/${handoffId}/reply`,
      payload: { text: 'Hi, I am Ana. Let me look.' },
    });
    expect(reply.statusCode).toBe(201);
    expect((await inject({ method: 'POST', url: `/v1/handoffs/${handoffId}/release` })).json()).toMatchObject({ status: 'released' });

    const again = await send(id, 'how do I get a refund?');
    expect(again.body.text).toContain('refunded within 30 days');
    const messages = (await inject({ method: 'GET', url: `/v1/conversations/${id}` })).json<{
      messages: { role: string; text: string }[];
    }>();
    expect(messages.messages.map((m) => m.role)).toEqual(['customer', 'bot', 'customer', 'bot', 'customer', 'human', 'customer', 'bot']);
    expect(messages.messages[4]!.text).toBe('hello? anyone there?');
    expect((await inject({ method: 'POST', url: `/v1/handoffs/${handoffId}/release` })).statusCode).toBe(409);
    expect((await inject({ method: 'POST', url: '/v1/handoffs/nope/claim', payload: { agent: 'x' } })).statusCode).toBe(404);
  });

  it('hands off after "that didn\'t help" twice, and records the safety category of a fraud report in the packet', async () => {
    const id = await conversation();
    await send(id, 'how do I get a refund?');
    expect((await send(id, "that didn't help")).body.handoff?.mode).not.toBe('transferred');
    expect((await send(id, 'that did not help')).body.handoff).toMatchObject({ mode: 'transferred', reason: 'repeated_failure' });

    const fraud = await conversation();
    expect((await send(fraud, 'There is a payment on my card that I did not make')).body.handoff).toMatchObject({ reason: 'fraud' });
    const [record] = (await inject({ method: 'GET', url: '/v1/handoffs?status=open' }))
      .json<{ handoffs: HandoffRecord[] }>()
      .handoffs.filter((h) => h.conversationId === fraud);
    expect(record!.packet.safetyCategory).toBe('fraud');
  });

  it('hands off even when retrieval is down', async () => {
    await app.close();
    app = build({ retrieverDown: true });
    const id = await conversation();
    const broken = await send(id, 'how do I get a refund?');
    expect(broken.status).toBe(200);
    expect(broken.body.handoff).toEqual({ mode: 'offered', reason: 'unavailable', queue: 'Acme Support' });
    expect((await send(id, 'I want to talk to a human')).body.handoff).toMatchObject({ mode: 'transferred', status: 'open' });
  });

  it('limits messages per customer with 429 RATE_LIMITED and Retry-After', async () => {
    const id = await conversation({ id: 'cust_9' });
    for (let i = 0; i < 5; i++) expect((await send(id, 'how do I get a refund?')).status).toBe(200);
    const limited = await send(id, 'how do I get a refund?');
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('60');
    expect(limited.body).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    const other = await conversation({ id: 'cust_10' });
    expect((await send(other, 'how do I get a refund?')).status).toBe(200);
    now += 61_000;
    expect((await send(id, 'how do I get a refund?')).status).toBe(200);
  });
});
