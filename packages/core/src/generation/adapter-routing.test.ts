import { describe, expect, it } from 'vitest';
import { scriptedChatModel } from '@switchboard/testkit';
import { adapterExpiry, adapterExpiryWarning } from './adapter-expiry.js';
import { matchAdapter, type AdapterRoute } from './adapter-route.js';
import type { GenerativeAnswerRequest } from './answer-types.js';
import { compareSemver } from './compare-semver.js';
import { createGenerativeAnswerer } from './generative-answerer.js';

const day = 86_400_000;
const now = 100 * day;
const refunds = {
  id: 'refunds.md#window',
  documentId: 'refunds.md',
  title: 'Refund policy',
  text: 'Annual plans can be refunded within 30 days of purchase. Monthly plans are not refunded.',
};
const request = (overrides: Partial<GenerativeAnswerRequest> = {}): GenerativeAnswerRequest => ({
  question: 'Can I get a refund on my annual plan?',
  chunks: [refunds],
  extractiveFallback: { text: 'Annual plans can be refunded within 30 days of purchase. [1]', citations: [] },
  retrievalScore: 0.9,
  intent: 'refund',
  cohort: 'enterprise',
  ...overrides,
});
const adapterReply = 'Annual plans can be refunded within 30 days of purchase [c1].';
const baseReply = 'Monthly plans are not refunded [c1]. Annual plans can be refunded within 30 days of purchase [c1].';

function setUp(adapterOverrides: Partial<AdapterRoute> = {}, adapterAnswer: string | Error = adapterReply) {
  const large = scriptedChatModel(baseReply, 'openai-compatible:base');
  const lora = scriptedChatModel(adapterAnswer, 'openai-compatible:refund-lora');
  const adapter: AdapterRoute = {
    name: 'refund-fix',
    version: '1.2.0',
    model: lora,
    intents: ['refund'],
    cohorts: ['enterprise'],
    expiresAt: now + day,
    ...adapterOverrides,
  };
  const answerer = createGenerativeAnswerer({
    large,
    prices: { 'openai-compatible:refund-lora': { inputPer1k: 1, outputPer1k: 2 } },
    routing: { threshold: 0.5, maxLargeInFlight: 4 },
    deadlineMs: 5_000,
    clock: () => 0,
    wallClock: () => now,
    adapters: [adapter],
    retry: { retries: 0, baseDelayMs: 0, maxDelayMs: 0 },
  });
  return { answerer, large, lora };
}

describe('hot-fix adapter routing (issue 20 item 7)', () => {
  it('drafts with the adapter for its intent and cohort, records it on the route and prices it by its model id', async () => {
    const { answerer, large, lora } = setUp();
    const answer = await answerer.generate(request());
    expect(answer.mode).toBe('generated');
    expect(answer.model).toBe('openai-compatible:refund-lora');
    expect(answer.adapter).toBe('refund-fix@1.2.0');
    expect(answer.route).toMatchObject({ tier: 'adapter', adapter: 'refund-fix@1.2.0', then: 'large' });
    expect(answer.verdict.fallback).toBeNull();
    expect(lora.requests).toHaveLength(1);
    expect(large.requests).toHaveLength(0);
    // 10 input and 5 output tokens at 1 and 2 per thousand.
    expect(answer.costUsd).toBeCloseTo(0.02, 6);
  });

  it('leaves another intent, another cohort and a message without an intent to the base model', async () => {
    for (const other of [{ intent: 'cancel' }, { cohort: 'developer' }, { cohort: null }, { intent: null }]) {
      const { answerer, large, lora } = setUp();
      const answer = await answerer.generate(request(other));
      expect(answer.model, JSON.stringify(other)).toBe('openai-compatible:base');
      expect(answer.route.tier).toBe('large');
      expect(answer.adapter).toBeUndefined();
      expect(lora.requests).toHaveLength(0);
      expect(large.requests).toHaveLength(1);
    }
  });

  it('serves every cohort of its intents when it names none', async () => {
    const { answerer } = setUp({ cohorts: [] });
    expect((await answerer.generate(request({ cohort: 'developer' }))).adapter).toBe('refund-fix@1.2.0');
    expect((await answerer.generate(request({ cohort: null }))).adapter).toBe('refund-fix@1.2.0');
  });

  it('never routes to an expired adapter, and the route says it was passed over', async () => {
    const { answerer, lora } = setUp({ expiresAt: now });
    const answer = await answerer.generate(request());
    expect(answer.model).toBe('openai-compatible:base');
    expect(answer.route).toMatchObject({ tier: 'large', expiredAdapters: ['refund-fix@1.2.0'] });
    expect(lora.requests).toHaveLength(0);
  });

  it('falls back to the base model when the adapter fails, and to it again when the adapter invents a claim', async () => {
    const failing = setUp({}, new Error('adapter not loaded'));
    const afterFailure = await failing.answerer.generate(request());
    expect(afterFailure.model).toBe('openai-compatible:base');
    expect(afterFailure.route.tier).toBe('adapter');
    expect(afterFailure.adapter).toBeUndefined();
    expect(afterFailure.verdict).toMatchObject({ fallback: 'large', fallbackReason: 'provider failure' });
    expect(afterFailure.attempts.map((attempt) => [attempt.model, attempt.outcome])).toEqual([
      ['openai-compatible:refund-lora', 'failed'],
      ['openai-compatible:base', 'grounded'],
    ]);

    const inventing = setUp({}, 'Annual plans can be refunded within 90 days and you get a $500 credit [c1].');
    const afterInvention = await inventing.answerer.generate(request());
    expect(afterInvention.mode).toBe('generated');
    expect(afterInvention.model).toBe('openai-compatible:base');
    expect(afterInvention.verdict).toMatchObject({ fallback: 'large', fallbackReason: 'unsupported claims' });
  });
});

describe('matchAdapter', () => {
  const model = scriptedChatModel('x');
  const route = (name: string, intents: string[], cohorts: string[], expiresAt = now + day): AdapterRoute => ({
    name,
    version: '1.0.0',
    model,
    intents,
    cohorts,
    expiresAt,
  });
  it('takes the first unexpired adapter registered for the intent and cohort', () => {
    const adapters = [route('old', ['refund'], [], now - 1), route('enterprise', ['refund'], ['enterprise']), route('all', ['refund'], [])];
    expect(matchAdapter(adapters, { intent: 'refund', cohort: 'enterprise' }, now)).toEqual({
      adapter: adapters[1],
      expired: ['old@1.0.0'],
    });
    expect(matchAdapter(adapters, { intent: 'refund', cohort: 'self-serve' }, now).adapter?.name).toBe('all');
    expect(matchAdapter(adapters, { intent: 'billing', cohort: 'enterprise' }, now)).toEqual({ adapter: null, expired: [] });
  });
});

describe('adapterExpiry and its warning', () => {
  it('expires maxAgeDays after it was added and warns in the last week and after', () => {
    const added = now - 10 * day;
    expect(adapterExpiry(added, 30, now)).toEqual({ expiresAt: added + 30 * day, ageDays: 10, daysLeft: 20, expired: false });
    expect(adapterExpiryWarning('x@1.0.0', adapterExpiry(added, 30, now), 30)).toBeNull();
    expect(adapterExpiryWarning('x@1.0.0', adapterExpiry(added, 15, now), 15)).toBe(
      'adapter x@1.0.0 expires in 5 days (adapters.maxAgeDays = 15): merge it into the base model and remove it',
    );
    expect(adapterExpiryWarning('x@1.0.0', adapterExpiry(now - 40 * day, 30, now), 30)).toBe(
      'adapter x@1.0.0 expired 10 days ago (adapters.maxAgeDays = 30): merge it into the base model and remove it; it is no longer routed to',
    );
  });
});

describe('compareSemver', () => {
  it('orders versions by semver.org precedence', () => {
    const ordered = [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '1.0.1',
      '1.2.0',
      '1.10.0',
      '2.0.0',
    ];
    for (let i = 0; i + 1 < ordered.length; i += 1) {
      expect(compareSemver(ordered[i]!, ordered[i + 1]!), `${ordered[i]} < ${ordered[i + 1]}`).toBeLessThan(0);
      expect(compareSemver(ordered[i + 1]!, ordered[i]!)).toBeGreaterThan(0);
    }
    expect(compareSemver('1.0.0+build.5', '1.0.0')).toBe(0);
  });
});
