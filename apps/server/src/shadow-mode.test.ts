/**
 * Issue 20 item 6 end to end over real HTTP: release r1 serves, r2 runs in the shadow at 100%. Every customer gets
 * r1's reply; r2 answers each message too, where no customer sees it; GET /v1/shadow reports where they disagreed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IntentClassifier } from '@switchboard/core/intent';
import { createShadowControl, type ShadowReport } from '@switchboard/core/shadow';
import type { ShadowRun } from '@switchboard/spec';
import type { SqliteStores } from '@switchboard/store-sqlite';
import { bearer, createTestKeys } from './__fixtures__/test-api-keys.js';
import { keyedApp } from './__fixtures__/keyed-app.js';
import { oneArticlePipeline } from './__fixtures__/one-article-pipeline.js';
import { temporaryStores, type TemporaryStores } from './__fixtures__/temporary-stores.js';
import { listen, type RunningServer } from './main.js';

let counter = 0;
const newId = (prefix?: string): string => `${prefix ?? 'id'}_${++counter}`;
/** An intent model that says `label` for every message. */
const intentOf = (label: string | ((question: string) => string)) =>
  ({
    predict: (question: string) => ({
      label: typeof label === 'string' ? label : label(question),
      confidence: 0.9,
      outOfScope: false,
      probabilities: [],
    }),
  }) as unknown as IntentClassifier;

describe('shadow mode over real HTTP (issue 20 item 6)', () => {
  let temporary: TemporaryStores;
  let stores: SqliteStores;
  let server: RunningServer;
  let keys: { admin: string; agent: string; widget: string };
  const shadowBuilt: string[] = [];

  beforeEach(async () => {
    temporary = await temporaryStores(['r1', 'r2']);
    stores = temporary.stores;
    keys = await createTestKeys(stores.apiKeys);
    shadowBuilt.length = 0;
    // r1 answers 30 days under one intent; r2 says 14 days, files plan questions under billing, and hands "cancel" to a person.
    const production = oneArticlePipeline({ newId, intent: intentOf('refund') });
    const candidate = oneArticlePipeline({
      newId,
      text: 'Annual plans can be refunded within 14 days of purchase.',
      intent: intentOf((question) => (/plan/i.test(question) ? 'billing' : 'refund')),
      guardrails: { humanPhrases: ['cancel'] },
    });
    const app = keyedApp(stores, newId, {
      pipeline: production,
      shadow: {
        current: () => stores.shadows.current(),
        pipelineFor: async (name) => (shadowBuilt.push(name), candidate),
      },
      shadows: stores.shadows,
    });
    server = await listen(app, '127.0.0.1', 0);
  });
  afterEach(async () => {
    await server.close();
    temporary.remove();
  });

  const post = async (path: string, headers: Record<string, string>, body: unknown) => {
    const response = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    expect(response.status, path).toBeLessThan(300);
    return (await response.json()) as Record<string, unknown>;
  };

  it("gives customers production's replies while GET /v1/shadow reports the candidate's disagreements", async () => {
    const { widget, admin } = keys;
    const control = createShadowControl({ ...stores, clock: () => Date.now(), newId });
    await control.start({ release: 'r2', percent: 100, by: 'test' });

    const questions = [
      'Can annual plans be refunded?',
      'How long do refunds take?',
      'I want to cancel my refund request',
      'Refund window?',
    ];
    const conversations: { id: string; reply: Record<string, unknown> }[] = [];
    for (const [index, text] of questions.entries()) {
      const conversation = (await post('/v1/conversations', bearer(widget), { deviceId: `device-${index}` })) as {
        id: string;
        token: string;
      };
      const reply = await post(`/v1/conversations/${conversation.id}/messages`, bearer(conversation.token), { text });
      conversations.push({ id: conversation.id, reply });
    }
    // The customers got r1's answers; r2's never reached them.
    for (const { reply } of conversations) expect(String(reply['text'])).not.toContain('14 days');
    expect(conversations.some(({ reply }) => String(reply['text']).includes('30 days'))).toBe(true);

    // The shadow turns run after the replies; wait until all four are recorded.
    const read = async () => {
      const response = await fetch(`${server.url}/v1/shadow`, { headers: bearer(admin) });
      expect(response.status).toBe(200);
      return (await response.json()) as { run: ShadowRun; report: ShadowReport };
    };
    const { run, report } = await vi.waitFor(
      async () => {
        const body = await read();
        expect(body.report.messages).toBe(4);
        return body;
      },
      { timeout: 5000, interval: 20 },
    );
    expect(run).toMatchObject({ release: 'r2', percent: 100, state: 'running', by: 'test' });
    expect(report).toMatchObject({
      release: 'r2',
      messages: 4,
      errors: 0,
      compared: 4,
      intentDisagreement: { count: 1, rate: 0.25 },
      handoffDisagreement: { count: 1, rate: 0.25 },
      cost: { production: 0, shadow: 0 },
    });
    expect(report.answerOverlap).toBeGreaterThan(0);
    expect(report.answerOverlap).toBeLessThan(1);
    expect(report.latency.shadow.p95).not.toBeNull();
    const examples = report.examples.map((example) => [example.kind, example.conversationId]);
    expect(examples).toContainEqual(['intent', conversations[0]!.id]);
    expect(examples).toContainEqual(['handoff', conversations[2]!.id]);
    expect(new Set(shadowBuilt)).toEqual(new Set(['r2']));

    // Nothing of the candidate's was stored but the comparisons: each conversation holds the customer's message and r1's reply.
    for (const { id } of conversations) {
      const messages = await stores.conversations.listMessages(id);
      expect(messages.map((message) => message.role)).toEqual(['customer', 'bot']);
      expect(messages[1]!.text).not.toContain('14 days');
    }
    expect((await stores.events.list({ type: 'shadow.started' })).map((event) => event.data['release'])).toEqual(['r2']);

    // Stopped, no new message is shadowed, and the report stays readable.
    await control.stop('test');
    const later = (await post('/v1/conversations', bearer(widget), { deviceId: 'device-9' })) as { id: string; token: string };
    await post(`/v1/conversations/${later.id}/messages`, bearer(later.token), { text: 'How long do refunds take?' });
    const after = await read();
    expect(after.run.state).toBe('stopped');
    expect(after.report.messages).toBe(4);
  });

  it('answers {run: null, report: null} before any shadow run, to admins only', async () => {
    const { agent, admin } = keys;
    expect((await fetch(`${server.url}/v1/shadow`, { headers: bearer(agent) })).status).toBe(403);
    const response = await fetch(`${server.url}/v1/shadow`, { headers: bearer(admin) });
    expect(await response.json()).toEqual({ run: null, report: null });
  });
});
