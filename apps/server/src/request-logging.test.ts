import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { ConversationStore } from '@switchboard/spec';
import { createSqliteStores, type SqliteStores } from '@switchboard/store-sqlite';
import { oneArticlePipeline } from './__fixtures__/one-article-pipeline.js';
import { createTestKey, withKey } from './__fixtures__/test-api-keys.js';
import { buildApp } from './build-app.js';

let counter = 0;
const newId = (prefix?: string): string => `${prefix ?? 'id'}_${++counter}`;
type LogLine = Record<string, unknown> & { msg: string; level: number };

describe('request logs (issue 16)', () => {
  let stores: SqliteStores;
  let app: FastifyInstance;
  let adminKey: string;
  /** `app.inject` with the admin key, unless the request sends its own Authorization header. */
  const inject = (options: InjectOptions) => app.inject(withKey(adminKey, options));
  let lines: LogLine[];

  function build(options: { bodies?: boolean; conversations?: ConversationStore } = {}): FastifyInstance {
    const pipeline = oneArticlePipeline({ newId, clock: () => Date.now() });
    return buildApp({
      pipeline,
      conversations: options.conversations ?? stores.conversations,
      events: stores.events,
      handoffs: stores.handoffs,
      apiKeys: stores.apiKeys,
      clock: () => Date.now(),
      newId,
      bodyLimitBytes: 1024,
      log: { level: 'info', bodies: options.bodies ?? false, stream: { write: (line) => void lines.push(JSON.parse(line) as LogLine) } },
    });
  }

  beforeEach(async () => {
    lines = [];
    stores = createSqliteStores(':memory:');
    adminKey = await createTestKey(stores.apiKeys, 'admin');
    app = build();
  });
  afterEach(async () => {
    await app.close();
    stores.close();
  });

  const requestLines = (): LogLine[] => lines.filter((line) => line.msg === 'request');
  const secret = 'my card 4111 1111 1111 1111 was charged twice';

  it('writes one JSON line per request with method, route, status, milliseconds and the X-Request-Id, never the message text', async () => {
    const created = await inject({ method: 'POST', url: '/v1/conversations' });
    const id = created.json<{ id: string }>().id;
    const answered = await inject({
      method: 'POST',
      url: `/v1/conversations/${id}/messages`,
      payload: { text: secret },
    });
    await inject({ method: 'GET', url: '/v1/conversations/nope' });
    expect(requestLines()).toHaveLength(3);
    const [first, second, third] = requestLines();
    expect(first).toMatchObject({ method: 'POST', route: '/v1/conversations', status: 201, requestId: created.headers['x-request-id'] });
    expect(typeof first?.['milliseconds']).toBe('number');
    expect(second).toMatchObject({ route: '/v1/conversations/:id/messages', status: 200, requestId: answered.headers['x-request-id'] });
    expect(second?.['traceId']).toBe(answered.json<{ traceId: string }>().traceId);
    expect(third).toMatchObject({ route: '/v1/conversations/:id', status: 404, errorCode: 'NOT_FOUND' });
    expect(new Set(requestLines().map((line) => line['requestId'])).size).toBe(3);
    const all = lines.map((line) => JSON.stringify(line)).join('\n');
    expect(all).not.toContain('4111');
    expect(all).not.toContain(adminKey.slice(-20));
  });

  it('logs request bodies only when log.bodies is on', async () => {
    await app.close();
    app = build({ bodies: true });
    const id = (await inject({ method: 'POST', url: '/v1/conversations' })).json<{ id: string }>().id;
    await inject({ method: 'POST', url: `/v1/conversations/${id}/messages`, payload: { text: secret } });
    expect(requestLines()[1]?.['body']).toEqual({ text: secret });
  });

  it('stores the request id on the trace of the answer it produced, so a log line leads to its trace', async () => {
    const id = (await inject({ method: 'POST', url: '/v1/conversations' })).json<{ id: string }>().id;
    const answered = await inject({
      method: 'POST',
      url: `/v1/conversations/${id}/messages`,
      headers: { 'x-request-id': 'edge-trace-42' },
      payload: { text: 'how do I get a refund?' },
    });
    expect(answered.headers['x-request-id']).toBe('edge-trace-42');
    const traceId = answered.json<{ traceId: string }>().traceId;
    const trace = await inject({ method: 'GET', url: `/v1/traces/${traceId}` });
    expect(trace.json<{ requestId?: string }>().requestId).toBe('edge-trace-42');
  });

  it('keeps a well-formed X-Request-Id from a proxy and replaces one that is not an id', async () => {
    const kept = await inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'edge-1234.abc' } });
    expect(kept.headers['x-request-id']).toBe('edge-1234.abc');
    const replaced = await inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'bad id\n{"level":60}' } });
    expect(replaced.headers['x-request-id']).toMatch(/^req_\d+$/);
    expect(requestLines().map((line) => line['requestId'])).toEqual(['edge-1234.abc', replaced.headers['x-request-id']]);
  });

  it('logs an unexpected failure with its cause, and answers a plain 500 without internals', async () => {
    await app.close();
    const broken = Object.create(stores.conversations) as ConversationStore;
    broken.getConversation = async () => {
      throw new Error('reading the conversation failed', { cause: new Error('SQLITE_CORRUPT: database disk image is malformed') });
    };
    app = build({ conversations: broken });
    const response = await inject({ method: 'GET', url: '/v1/conversations/abc' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ error: { code: 'INTERNAL', message: 'internal error; the event was logged' } });
    const failure = lines.find((line) => line.msg === 'request failed');
    expect(failure?.['requestId']).toBe(response.headers['x-request-id']);
    expect(JSON.stringify(failure?.['err'])).toContain('SQLITE_CORRUPT');
    expect(requestLines()[0]).toMatchObject({ status: 500, errorCode: 'INTERNAL', level: 50 });
  });

  it('logs a request the framework refuses before routing (a 10,000-character id)', async () => {
    const response = await inject({ method: 'GET', url: `/v1/conversations/${'x'.repeat(10_000)}` });
    expect(response.statusCode).toBe(414);
    expect(requestLines()).toEqual([expect.objectContaining({ route: 'unmatched', status: 414, errorCode: 'URI_TOO_LONG' })]);
  });
});
