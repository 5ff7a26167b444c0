import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { mapCitations, type GenerativeAnswerer } from '@switchboard/core/generation';
import { createSqliteStores, type SqliteStores } from '@switchboard/store-sqlite';
import { oneArticlePipeline } from './__fixtures__/one-article-pipeline.js';
import { createTestKey, withKey } from './__fixtures__/test-api-keys.js';
import { buildApp } from './build-app.js';

let counter = 0;
const newId = (prefix?: string): string => `${prefix ?? 'id'}_${++counter}`;

describe('HTTP API', () => {
  let stores: SqliteStores;
  let app: FastifyInstance;
  let adminKey: string;
  /** `app.inject` with the admin key, unless the request sends its own Authorization header. */
  const inject = (options: InjectOptions) => app.inject(withKey(adminKey, options));

  function build(generator: GenerativeAnswerer | null = null): FastifyInstance {
    const pipeline = oneArticlePipeline({
      newId,
      title: 'Requesting a refund',
      text: 'Annual plans can be refunded within 30 days of purchase. Click Request refund in Settings.',
      generator,
    });
    return buildApp({
      pipeline,
      conversations: stores.conversations,
      events: stores.events,
      handoffs: stores.handoffs,
      apiKeys: stores.apiKeys,
      clock: () => Date.now(),
      newId,
      bodyLimitBytes: 1024,
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

  const createConversation = async (): Promise<string> => {
    const response = await inject({ method: 'POST', url: '/v1/conversations' });
    expect(response.statusCode).toBe(201);
    return response.json<{ id: string }>().id;
  };

  it('answers a message with citations, confidence and a trace id, and records the conversation', async () => {
    const id = await createConversation();
    const response = await inject({
      method: 'POST',
      url: `/v1/conversations/${id}/messages`,
      payload: { text: 'how do I get a refund?', customer: { plan: 'team' } },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      text: string;
      plainText: string;
      citations: { title: string }[];
      confidence: number;
      handoff: unknown;
      traceId: string;
    }>();
    expect(body.text).toContain('refunded within 30 days');
    expect(body.plainText).toContain('refunded within 30 days');
    expect(body.plainText).toMatch(/\n\nSources:\n\[1\] Requesting a refund \(kb\/refunds\.md\)$/);
    expect(body.citations[0]?.title).toBe('Requesting a refund');
    expect(body.handoff).toBeNull();
    const conversation = (await inject({ method: 'GET', url: `/v1/conversations/${id}` })).json<{
      customer: unknown;
      messages: { role: string }[];
    }>();
    expect(conversation.customer).toEqual({ plan: 'team' });
    expect(conversation.messages.map((m) => m.role)).toEqual(['customer', 'bot']);
    const trace = await inject({ method: 'GET', url: `/v1/traces/${body.traceId}` });
    expect(trace.json<{ stages: { name: string }[] }>().stages.map((s) => s.name)).toEqual([
      'safety',
      'intent',
      'route',
      'act',
      'rewrite',
      'cache',
      'retrieve',
      'compose',
      'generate',
      'persona',
      'guard',
    ]);
  });

  it('adds plainText: the Markdown answer without markup, steps numbered, each source listed once (issue 15)', async () => {
    await app.close();
    // A generated answer in the Markdown both answerers write: a bold heading, bold UI labels, code, a numbered list.
    const markdown = [
      '**Refunds**',
      '',
      'Annual plans can be refunded within **30 days** of purchase. [1]',
      '',
      '1. Open **Settings**.',
      '2. Click `Request refund`. [1]',
    ].join('\n');
    app = build({
      generate: async (request) => ({
        ...mapCitations(markdown.replaceAll('[1]', '[c1]'), request.chunks),
        mode: 'generated',
        verdict: { faithfulness: 1, failedClaims: [], regenerated: false, fallback: null, fallbackReason: null },
        model: 'stub',
        costUsd: 0,
        tokens: { inputTokens: 0, outputTokens: 0 },
        route: { tier: 'large', reason: 'hard', difficulty: 0.5 },
        attempts: [],
      }),
      generateStream: () => {
        throw new Error('not streamed');
      },
    });
    const id = await createConversation();
    const response = await inject({
      method: 'POST',
      url: `/v1/conversations/${id}/messages`,
      payload: { text: 'how do I get a refund?' },
    });
    const body = response.json<{ text: string; plainText: string }>();
    expect(body.text).toBe(markdown);
    expect(body.plainText).not.toContain('**');
    expect(body.plainText).toBe(
      [
        'Refunds',
        '',
        'Annual plans can be refunded within 30 days of purchase. [1]',
        '',
        '1. Open Settings.',
        '2. Click Request refund. [1]',
        '',
        'Sources:',
        '[1] Requesting a refund (kb/refunds.md)',
      ].join('\n'),
    );
  });

  it('returns 404 with an error body for an unknown conversation', async () => {
    const response = await inject({ method: 'POST', url: '/v1/conversations/nope/messages', payload: { text: 'hi' } });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'NOT_FOUND', message: expect.stringContaining('conversation nope does not exist') } });
    expect((await inject({ method: 'GET', url: '/v1/conversations/nope' })).statusCode).toBe(404);
  });

  it('returns 413 for an oversized body', async () => {
    const id = await createConversation();
    const response = await inject({ method: 'POST', url: `/v1/conversations/${id}/messages`, payload: { text: 'x'.repeat(5000) } });
    expect(response.statusCode).toBe(413);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('returns 400 for invalid JSON and for a body that fails validation, never a stack trace', async () => {
    const id = await createConversation();
    const broken = await inject({
      method: 'POST',
      url: `/v1/conversations/${id}/messages`,
      headers: { 'content-type': 'application/json' },
      payload: '{"text": "hi"',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toEqual({ error: { code: 'VALIDATION_FAILED', message: 'request body is not valid JSON' } });
    const empty = await inject({ method: 'POST', url: `/v1/conversations/${id}/messages`, payload: { text: '   ' } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json<{ error: { message: string } }>().error.message).toContain('text: text must not be empty');
    expect(empty.body).not.toContain('at ');
  });

  it('exposes health and Prometheus metrics with per-stage latency', async () => {
    expect((await inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const id = await createConversation();
    await inject({ method: 'POST', url: `/v1/conversations/${id}/messages`, payload: { text: 'refund?' } });
    await inject({ method: 'GET', url: '/v1/conversations/missing' });
    const metrics = (await inject({ method: 'GET', url: '/metrics' })).body;
    expect(metrics).toContain('switchboard_pipeline_stage_duration_seconds_count{stage="retrieve"} 1');
    expect(metrics).toMatch(/switchboard_http_requests_total\{method="POST",route="\/v1\/conversations",status="201"\} 1/);
    expect(metrics).toContain('switchboard_http_errors_total{route="/v1/conversations/:id",code="NOT_FOUND"} 1');
  });
});
