import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { createSqliteStores, type SqliteStores } from '@switchboard/store-sqlite';
import { oneArticlePipeline } from './__fixtures__/one-article-pipeline.js';
import { createTestKey, withKey } from './__fixtures__/test-api-keys.js';
import { buildApp, type AppDependencies } from './build-app.js';

let counter = 0;
const newId = (prefix?: string): string => `${prefix ?? 'id'}_${++counter}`;

describe('HTTP edges: malformed requests, limits and proxies, request logs (issue 16)', () => {
  let stores: SqliteStores;
  let app: FastifyInstance;
  let adminKey: string;
  /** `app.inject` with the admin key, unless the request sends its own Authorization header. */
  const inject = (options: InjectOptions) => app.inject(withKey(adminKey, options));

  function build(options: Partial<AppDependencies> = {}): FastifyInstance {
    const pipeline = oneArticlePipeline({ newId });
    return buildApp({
      pipeline,
      conversations: stores.conversations,
      events: stores.events,
      handoffs: stores.handoffs,
      apiKeys: stores.apiKeys,
      clock: () => Date.parse('2026-03-01T12:00:00Z'),
      newId,
      bodyLimitBytes: 1024,
      ...options,
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

  const createConversation = async (): Promise<string> =>
    (await inject({ method: 'POST', url: '/v1/conversations' })).json<{ id: string }>().id;

  /** Sends a request and checks the one error shape: status, `{error: {code, message}}` and nothing else, no stack. */
  async function expectError(request: InjectOptions, status: number, code: string, message: RegExp) {
    const response = await inject(request);
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const body = response.json<{ error: { code: string; message: string } }>();
    expect(Object.keys(body)).toEqual(['error']);
    expect(Object.keys(body.error).sort()).toEqual(['code', 'message']);
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(message);
    expect(response.body).not.toMatch(/FST_ERR|\n\s+at |stack/);
    expect(response.headers['x-request-id']).toBeTruthy();
    return response;
  }

  describe('one error shape', () => {
    it('answers a 10,000-character id with 414 URI_TOO_LONG, without echoing the id', async () => {
      const response = await expectError(
        { method: 'GET', url: `/v1/conversations/${'x'.repeat(10_000)}` },
        414,
        'URI_TOO_LONG',
        /path parameter/,
      );
      expect(response.body.length).toBeLessThan(400);
    });

    it('answers a bad %-encoding in the path with 400 naming the path', async () => {
      await expectError(
        { method: 'GET', url: '/v1/conversations/%E0%A4%A' },
        400,
        'VALIDATION_FAILED',
        /request path .* malformed %-encoding/,
      );
    });

    it('answers a wrong method on a known route with 405 and Allow; an unknown path stays 404', async () => {
      const id = await createConversation();
      const wrong = await expectError({ method: 'DELETE', url: `/v1/conversations/${id}` }, 405, 'METHOD_NOT_ALLOWED', /takes GET/);
      expect(wrong.headers['allow']).toBe('GET, HEAD');
      const post = await expectError({ method: 'GET', url: `/v1/conversations/${id}/messages` }, 405, 'METHOD_NOT_ALLOWED', /POST/);
      expect(post.headers['allow']).toBe('POST');
      await expectError({ method: 'GET', url: '/v1/nothing-here' }, 404, 'NOT_FOUND', /no route GET \/v1\/nothing-here/);
    });

    it('names the query parameter of a bad ?status= (and a malformed or repeated one)', async () => {
      await expectError(
        { method: 'GET', url: '/v1/handoffs?status=bogus' },
        400,
        'VALIDATION_FAILED',
        /^invalid query string: query parameter status: must be open, claimed or released/,
      );
      await expectError({ method: 'GET', url: '/v1/handoffs?status=%zz' }, 400, 'VALIDATION_FAILED', /query parameter status/);
      await expectError(
        { method: 'GET', url: '/v1/handoffs?status=open&status=claimed' },
        400,
        'VALIDATION_FAILED',
        /query parameter status/,
      );
      await expectError({ method: 'GET', url: '/v1/handoffs?stat=open' }, 400, 'VALIDATION_FAILED', /unknown query parameter 'stat'/);
    });

    it('reports a __proto__ or constructor.prototype key as a forbidden key in the body, not as bad JSON', async () => {
      const id = await createConversation();
      const url = `/v1/conversations/${id}/messages`;
      const headers = { 'content-type': 'application/json' };
      await expectError(
        { method: 'POST', url, headers, payload: '{"text": "hi", "__proto__": {"admin": true}}' },
        400,
        'VALIDATION_FAILED',
        /^request body has a forbidden key '__proto__'/,
      );
      await expectError(
        { method: 'POST', url, headers, payload: '{"text": "hi", "customer": {"constructor": {"prototype": {}}}}' },
        400,
        'VALIDATION_FAILED',
        /forbidden key 'customer.constructor.prototype'/,
      );
    });

    it('answers a body that is not JSON with 415 UNSUPPORTED_MEDIA_TYPE', async () => {
      const id = await createConversation();
      for (const type of ['text/plain', 'application/xml', 'application/x-www-form-urlencoded'])
        await expectError(
          { method: 'POST', url: `/v1/conversations/${id}/messages`, headers: { 'content-type': type }, payload: 'text=hi' },
          415,
          'UNSUPPORTED_MEDIA_TYPE',
          /application\/json/,
        );
    });

    it('answers an oversized body with 413 and invalid JSON with 400', async () => {
      const id = await createConversation();
      const url = `/v1/conversations/${id}/messages`;
      await expectError(
        { method: 'POST', url, payload: { text: 'x'.repeat(5000) } },
        413,
        'PAYLOAD_TOO_LARGE',
        /request body is too large/,
      );
      await expectError(
        { method: 'POST', url, headers: { 'content-type': 'application/json' }, payload: '{"text": ' },
        400,
        'VALIDATION_FAILED',
        /^request body is not valid JSON$/,
      );
      await expectError(
        { method: 'POST', url, payload: { text: 'hi', extra: 1 } },
        400,
        'VALIDATION_FAILED',
        /^invalid request body: unknown field 'extra'$/,
      );
    });

    it("counts the framework's errors in /metrics by code", async () => {
      await inject({ method: 'GET', url: `/v1/conversations/${'x'.repeat(10_000)}` });
      await inject({ method: 'GET', url: '/v1/conversations/%E0%A4%A' });
      await inject({ method: 'PUT', url: '/healthz' });
      await inject({ method: 'GET', url: '/nowhere' });
      const metrics = (await inject({ method: 'GET', url: '/metrics' })).body;
      expect(metrics).toContain('switchboard_http_errors_total{route="unmatched",code="URI_TOO_LONG"} 1');
      expect(metrics).toContain('switchboard_http_errors_total{route="unmatched",code="VALIDATION_FAILED"} 1');
      expect(metrics).toContain('switchboard_http_errors_total{route="unmatched",code="METHOD_NOT_ALLOWED"} 1');
      expect(metrics).toContain('switchboard_http_errors_total{route="unmatched",code="NOT_FOUND"} 1');
      expect(metrics).toMatch(/switchboard_http_requests_total\{method="GET",route="unmatched",status="414"\} 1/);
    });
  });

  describe('limits and proxies', () => {
    const rateLimits = {
      perCustomer: { limit: 100, windowSeconds: 60 },
      perIp: { limit: 100, windowSeconds: 60 },
      conversationsPerIp: { limit: 3, windowSeconds: 60 },
    };
    const open = (forwardedFor?: string) =>
      inject({ method: 'POST', url: '/v1/conversations', headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} });

    it('limits conversation creation per IP with 429 RATE_LIMITED and Retry-After', async () => {
      await app.close();
      app = build({ rateLimits });
      const statuses = [];
      for (let index = 0; index < 5; index++) statuses.push((await open()).statusCode);
      expect(statuses).toEqual([201, 201, 201, 429, 429]);
      const refused = await expectError(
        { method: 'POST', url: '/v1/conversations' },
        429,
        'RATE_LIMITED',
        /too many new conversations from this IP address/,
      );
      expect(refused.headers['retry-after']).toBe('60');
    });

    it('with server.trustProxy on, gives two X-Forwarded-For addresses separate limits', async () => {
      await app.close();
      app = build({ rateLimits, trustProxy: true });
      for (let index = 0; index < 3; index++) expect((await open('203.0.113.7')).statusCode).toBe(201);
      expect((await open('203.0.113.7')).statusCode).toBe(429);
      expect((await open('198.51.100.4')).statusCode).toBe(201);
    });

    it('with server.trustProxy off (the default), ignores X-Forwarded-For: both addresses share one limit', async () => {
      await app.close();
      app = build({ rateLimits });
      for (let index = 0; index < 3; index++) expect((await open('203.0.113.7')).statusCode).toBe(201);
      expect((await open('198.51.100.4')).statusCode).toBe(429);
    });
  });
});
