import type { GenerativeAnswerRequest } from '@switchboard/core/generation';
import type { StandInRequest } from '@switchboard/testkit';
import { describe, expect, it } from 'vitest';
import { answererOn, standInsClosedAfterEach } from './__fixtures__/answerer-over-stand-in.js';

const refunds = {
  id: 'refunds.md#eligibility',
  documentId: 'refunds.md',
  title: 'Refund policy',
  text: 'Refunds are issued to the original payment method within 5 business days. Items must be returned within 30 days of delivery.',
};
const reembolsos = {
  id: 'reembolsos.md#plazos',
  documentId: 'reembolsos.md',
  title: 'Política de reembolsos',
  text: 'Los reembolsos se emiten al método de pago original en un plazo de 5 días hábiles. Los artículos deben devolverse en un plazo de 30 días desde la entrega.',
};
const extractive = { text: 'Refunds are issued to the original payment method within 5 business days. [1]', citations: [] };
const inEnglish = 'Refunds are issued to the original payment method within 5 business days [c1].';
const inSpanish = 'Los reembolsos se emiten al método de pago original en un plazo de 5 días hábiles [c1].';
const request = (overrides: Partial<GenerativeAnswerRequest>): GenerativeAnswerRequest => ({
  question: '¿Cuánto tardan los reembolsos?',
  chunks: [refunds],
  extractiveFallback: extractive,
  retrievalScore: 0.9,
  ...overrides,
});
const isTranslation = (call: StandInRequest) => call.prompt.startsWith('You translate');

const standIn = standInsClosedAfterEach();

describe("Generative answerer in the customer's language, against a local stand-in server (the network edge)", () => {
  it('drafts and checks against English sources, then translates: the translation prompt says "Answer in Spanish"', async () => {
    const server = await standIn();
    server.respondWith((call) => ({ kind: 'text', text: isTranslation(call) ? inSpanish : inEnglish }));
    const result = await answererOn(server).generate(request({ language: 'es' }));
    expect(result).toMatchObject({ mode: 'generated', verdict: { fallback: null } });
    expect(result.text).toBe('Los reembolsos se emiten al método de pago original en un plazo de 5 días hábiles [1].');
    expect(server.requests[0]?.prompt).toContain('- Answer in English.');
    expect(server.requests[1]?.prompt).toContain('Answer in Spanish');
    expect(server.requests[1]?.prompt).toContain(inEnglish);
  });

  it('answers directly in the customer language when the sources are written in it', async () => {
    const server = await standIn();
    server.respondWith(() => ({ kind: 'text', text: inSpanish }));
    const result = await answererOn(server, { sourceLanguages: ['en', 'es'] }).generate(request({ language: 'es', chunks: [reembolsos] }));
    expect(result).toMatchObject({ mode: 'generated', text: inSpanish.replace('[c1]', '[1]') });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.prompt).toContain('- Answer in Spanish.');
  });

  it('catches a reply in the wrong language: asks again in the right one, then falls back to the extractive answer', async () => {
    const server = await standIn();
    // Grounded in the Spanish source it copies, but the customer writes English.
    server.respondWith(() => ({ kind: 'text', text: inSpanish }));
    const result = await answererOn(server, { sourceLanguages: ['en', 'es'] }).generate(
      request({ question: 'How long do refunds take?', language: 'en', chunks: [reembolsos] }),
    );
    expect(result).toMatchObject({ mode: 'extractive', text: extractive.text, verdict: { fallbackReason: 'wrong language' } });
    expect(result.attempts).toEqual([{ model: 'openai-compatible:large-model', outcome: 'wrong language' }]);
    expect(server.requests[1]?.prompt).toContain('Your previous answer was written in Spanish. Answer again in English.');
  });

  it('catches a translation that changed a figure: translates again with the problem named, then falls back', async () => {
    const server = await standIn();
    const changed = inSpanish.replace('5 días', '50 días');
    server.respondWith((call) => ({ kind: 'text', text: isTranslation(call) ? changed : inEnglish }));
    const result = await answererOn(server).generate(request({ language: 'es' }));
    expect(result).toMatchObject({ mode: 'extractive', verdict: { fallbackReason: 'translation failed' } });
    expect(server.requests).toHaveLength(3);
    expect(server.requests[2]?.prompt).toContain('Your previous translation lost or changed 5; added 50. Translate again.');
  });

  it('keeps the second translation when the feedback fixes it', async () => {
    const server = await standIn();
    server.enqueue(
      { kind: 'text', text: inEnglish },
      { kind: 'text', text: 'Refunds are issued within 5 business days [c1].' },
      { kind: 'text', text: inSpanish },
    );
    const result = await answererOn(server).generate(request({ language: 'es' }));
    expect(result).toMatchObject({ mode: 'generated', text: inSpanish.replace('[c1]', '[1]') });
    expect(server.requests[2]?.prompt).toContain('Your previous translation was written in English, not Spanish');
  });
});
