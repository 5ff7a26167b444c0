import type { GenerativeAnswerRequest } from '@switchboard/core/generation';
import { describe, expect, it } from 'vitest';
import { answererOn, standInsClosedAfterEach } from './__fixtures__/answerer-over-stand-in.js';
import { createOpenAiCompatibleChatModel } from './openai-compatible-chat-model.js';

const refunds = {
  id: 'refunds.md#eligibility',
  documentId: 'refunds.md',
  title: 'Refund policy',
  text:
    'Refunds are issued to the original payment method within 5 business days after we receive the returned item. ' +
    'Items must be returned within 30 days of delivery. Sale items are non-refundable.',
};
const extractive = {
  text: 'Refunds are issued to the original payment method within 5 business days after we receive the returned item. [1]',
  citations: [
    {
      index: 1,
      chunkId: refunds.id,
      documentId: 'refunds.md',
      title: 'Refund policy',
      section: '',
      path: 'refunds.md',
      url: null,
      page: null,
    },
  ],
};
const question: GenerativeAnswerRequest = {
  question: 'How do refunds work?',
  chunks: [refunds],
  extractiveFallback: extractive,
  retrievalScore: 0.9,
};
const grounded =
  'Refunds go to the original payment method within 5 business days [c1]. Items must be returned within 30 days of delivery [c1].';
const invented = 'Refunds go to the original payment method within 5 business days [c1]. You will receive a $500 refund [c1].';

const standIn = standInsClosedAfterEach();

describe('Generative answerer against a local stand-in server', () => {
  it('answers with numbered citations when every claim is supported, and prices the tokens', async () => {
    const server = await standIn();
    server.enqueue({ kind: 'text', text: grounded, usage: { input: 1000, output: 100 } });
    const result = await answererOn(server).generate(question);
    expect(result.mode).toBe('generated');
    expect(result.text).toBe(
      'Refunds go to the original payment method within 5 business days [1]. Items must be returned within 30 days of delivery [1].',
    );
    expect(result.citations).toEqual([expect.objectContaining({ index: 1, chunkId: refunds.id, documentId: 'refunds.md' })]);
    expect(result.verdict).toEqual({ faithfulness: 1, failedClaims: [], regenerated: false, fallback: null, fallbackReason: null });
    expect(result.model).toBe('openai-compatible:large-model');
    expect(result.tokens).toEqual({ inputTokens: 1000, outputTokens: 100 });
    expect(result.costUsd).toBeCloseTo(0.013, 6);
    expect(server.requests[0]?.prompt).toContain('[c1] Refund policy');
  });

  it('never shows an invented $500 refund: regenerates once with feedback, then falls back to the extractive answer', async () => {
    const server = await standIn();
    server.respondWith(() => ({ kind: 'text', text: invented }));
    const result = await answererOn(server).generate(question);
    expect(result.text).not.toContain('$500');
    expect(result.mode).toBe('extractive');
    expect(result.text).toBe(extractive.text);
    expect(result.verdict).toMatchObject({
      faithfulness: 0.5,
      regenerated: true,
      fallback: 'extractive',
      fallbackReason: 'unsupported claims',
    });
    expect(result.verdict.failedClaims).toEqual([
      expect.objectContaining({ text: 'You will receive a $500 refund.', reason: 'figures or names absent: $500' }),
    ]);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]?.prompt).toContain('- You will receive a $500 refund.');
  });

  it('keeps the regenerated answer when the feedback fixes it', async () => {
    const server = await standIn();
    server.enqueue({ kind: 'text', text: invented }, { kind: 'text', text: grounded });
    const result = await answererOn(server).generate(question);
    expect(result.mode).toBe('generated');
    expect(result.text).not.toContain('$500');
    expect(result.verdict).toMatchObject({ faithfulness: 1, regenerated: true, fallback: null });
  });

  it('returns the extractive answer within the deadline when the server never answers', async () => {
    const server = await standIn();
    server.respondWith(() => ({ kind: 'hang' }));
    const result = await answererOn(server, { deadlineMs: 200 }).generate(question);
    expect(result).toMatchObject({ mode: 'extractive', text: extractive.text, model: null });
    expect(result.verdict).toMatchObject({ faithfulness: null, fallback: 'extractive', fallbackReason: 'deadline' });
  });

  it('hands off when the deadline passes on a slow reply and there is no extractive answer', async () => {
    const server = await standIn();
    server.respondWith(() => ({ kind: 'text', text: grounded, delayMs: 2_000 }));
    const declined = { text: "I don't know that from our help center. I can pass you to a person.", citations: [], declined: true };
    const result = await answererOn(server, { deadlineMs: 150 }).generate({ ...question, extractiveFallback: declined });
    expect(result).toMatchObject({ mode: 'handoff', text: declined.text, verdict: { fallback: 'handoff', fallbackReason: 'deadline' } });
  });

  it('retries a 429 and an empty answer, then succeeds', async () => {
    const server = await standIn();
    server.enqueue({ kind: 'status', status: 429 }, { kind: 'empty' }, { kind: 'text', text: grounded });
    const result = await answererOn(server).generate(question);
    expect(result.mode).toBe('generated');
    expect(server.requests).toHaveLength(3);
  });

  it('opens the circuit after repeated 500s and stops calling the provider', async () => {
    const server = await standIn();
    server.respondWith(() => ({ kind: 'status', status: 500 }));
    const bot = answererOn(server, {
      retry: { retries: 0, baseDelayMs: 1, maxDelayMs: 1 },
      breaker: { failureThreshold: 2, cooldownMs: 60_000 },
      clock: () => 0,
    });
    for (let turn = 0; turn < 2; turn += 1) expect((await bot.generate(question)).verdict.fallbackReason).toBe('provider failure');
    const third = await bot.generate(question);
    expect(third.mode).toBe('extractive');
    expect(third.attempts).toEqual([{ model: 'openai-compatible:large-model', outcome: 'circuit open' }]);
    expect(server.requests).toHaveLength(2);
  });

  it('counts a call still hanging at the deadline against the provider, so the circuit opens', async () => {
    const server = await standIn();
    server.respondWith(() => ({ kind: 'hang' }));
    const bot = answererOn(server, { deadlineMs: 100, breaker: { failureThreshold: 1, cooldownMs: 60_000 } });
    expect((await bot.generate(question)).verdict.fallbackReason).toBe('deadline');
    const second = await bot.generate(question);
    expect(second.attempts).toEqual([{ model: 'openai-compatible:large-model', outcome: 'circuit open' }]);
    expect(second.verdict.fallbackReason).toBe('provider failure');
    expect(server.requests).toHaveLength(1);
  });

  it('falls back from a failing large model to the small one', async () => {
    const large = await standIn();
    const small = await standIn();
    large.respondWith(() => ({ kind: 'status', status: 503 }));
    small.respondWith(() => ({ kind: 'text', text: grounded }));
    const hardQuestion = {
      ...question,
      question: 'Compare refunds and exchanges for sale items, unless bought in a store?',
      retrievalScore: 0.2,
    };
    const bot = answererOn(large, {
      small: createOpenAiCompatibleChatModel({ baseUrl: small.baseUrl, model: 'small-model' }),
      retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 1 },
    });
    const result = await bot.generate(hardQuestion);
    expect(result.route).toMatchObject({ tier: 'large', reason: 'hard' });
    expect(result).toMatchObject({
      mode: 'generated',
      model: 'openai-compatible:small-model',
      verdict: { fallback: 'small', fallbackReason: 'provider failure' },
    });
    expect(large.requests).toHaveLength(2);
  });

  it('routes a hard question to the small model while the large one is busy', async () => {
    const large = await standIn();
    const small = await standIn();
    large.respondWith(() => ({ kind: 'text', text: grounded, delayMs: 300 }));
    small.respondWith(() => ({ kind: 'text', text: grounded }));
    const hardQuestion = {
      ...question,
      question: 'Compare refunds and exchanges for sale items, unless bought in a store?',
      retrievalScore: 0.2,
    };
    const bot = answererOn(large, {
      small: createOpenAiCompatibleChatModel({ baseUrl: small.baseUrl, model: 'small-model' }),
      routing: { threshold: 0.5, maxLargeInFlight: 1 },
    });
    const first = bot.generate(hardQuestion);
    while (large.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await bot.generate(hardQuestion);
    expect(second).toMatchObject({ model: 'openai-compatible:small-model', route: { tier: 'small', reason: 'large busy' } });
    expect((await first).model).toBe('openai-compatible:large-model');
  });

  it('streams only checked text: retries a stream cut halfway, then yields deltas that join to the final answer', async () => {
    const server = await standIn();
    server.enqueue({ kind: 'cut-stream', text: invented, afterChunks: 4 }, { kind: 'text', text: grounded });
    const deltas: string[] = [];
    let final;
    for await (const event of answererOn(server).generateStream(question)) {
      if (event.type === 'text-delta') deltas.push(event.text);
      else final = event.answer;
    }
    expect(final?.mode).toBe('generated');
    expect(deltas.length).toBe(2);
    expect(deltas.join('')).toBe(final?.text);
    expect(server.requests.map((request) => request.body['stream'])).toEqual([true, true]);
  });

  it('asks a judge model and falls back when it finds a claim absent from the source', async () => {
    const server = await standIn();
    const judge = await standIn();
    server.respondWith(() => ({ kind: 'text', text: grounded }));
    judge.respondWith((request) => ({
      kind: 'text',
      text: request.prompt.split('CLAIM:')[1]?.includes('30 days') ? 'ABSENT' : 'SUPPORTED',
    }));
    const result = await answererOn(server, {
      judge: createOpenAiCompatibleChatModel({ baseUrl: judge.baseUrl, model: 'judge' }),
    }).generate(question);
    expect(result.mode).toBe('extractive');
    expect(result.verdict.failedClaims).toEqual([expect.objectContaining({ reason: 'judge: absent' })]);
    expect(judge.requests.length).toBeGreaterThanOrEqual(2);
  });
});
