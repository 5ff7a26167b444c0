import { describe, expect, it } from 'vitest';
import { shippedSafetyModels } from '@switchboard/models';
import type { GenerativeAnswerRequest } from '../generation/answer-types.js';
import { trainIntentClassifier } from '../intent/train-intent-classifier.js';
import type { HybridRetriever } from '../retrieval/hybrid-retriever.js';
import type { KnowledgeIndex } from '../retrieval/knowledge-index.js';
import { createDefaultSafetyFilter } from '../safety/default-safety-filter.js';
import { selfHarmResourcesMessage } from '../safety/safety-categories.js';
import { stageOrder } from './stage-order.js';
import { createAnswerPipeline, type AnswerPipelineDependencies } from './answer-pipeline.js';
import { basePipelineDependencies, generatorReturning, refundKnowledgeIndex } from './__fixtures__/pipeline-fixtures.js';

let counter = 0;
const safety = createDefaultSafetyFilter({ models: shippedSafetyModels });

const knowledgeIndex = (): KnowledgeIndex =>
  refundKnowledgeIndex('Annual plans can be refunded within 30 days of purchase. Open Settings and click Request refund to get a refund.');

function pipelineWith(overrides: Partial<AnswerPipelineDependencies> = {}) {
  const index = knowledgeIndex();
  const pipeline = createAnswerPipeline({
    ...basePipelineDependencies(index, (prefix) => `${prefix}_${++counter}`),
    safety,
    ...overrides,
  });
  return { pipeline, index };
}

const brokenRetriever = (index: KnowledgeIndex) =>
  ({
    lexical: index,
    retrieve: async () => {
      throw new Error('embedder unreachable');
    },
  }) as unknown as HybridRetriever;

describe('answer pipeline', () => {
  it('records safety → intent → route → act → rewrite → cache → retrieve → compose → generate → persona → guard, in that order, and answers with citations', async () => {
    const { pipeline } = pipelineWith();
    const { answer, trace } = await pipeline.run('how do I get a refund for my annual plan?');
    expect(trace.stages.map((s) => s.name)).toEqual([
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
    expect(trace.stages[1]!.detail).toEqual({ skipped: 'no intent model' });
    expect(answer.text).toContain(
      'Annual plans can be refunded within 30 days of purchase. Open Settings and click Request refund to get a refund. [1]',
    );
    expect(answer.handoff).toBeNull();
    // The guard records the grounding check claim by claim, each sentence against the chunk its marker cites.
    const grounding = trace.stages.find((s) => s.name === 'guard')?.detail['grounding'] as {
      faithfulness: number;
      claims: { text: string; labels: string[]; supported: boolean; reason: string | null }[];
    };
    expect(grounding.faithfulness).toBe(1);
    expect(grounding.claims).toContainEqual({
      text: expect.stringContaining('Annual plans can be refunded within 30 days of purchase.'),
      labels: ['c1'],
      supported: true,
      reason: null,
    });
  });

  it('still hands off a mandatory category when the safety embedder is down, and the trace says why', async () => {
    const downEmbedder = {
      id: 'local:use-lite',
      dimensions: 512,
      maxBatchSize: 64,
      embed: () => Promise.reject(new Error('worker crashed')),
    };
    const { pipeline } = pipelineWith({ safetyEmbedder: downEmbedder });
    const { answer, trace } = await pipeline.run('Someone used my card to buy things I did not order');
    expect(answer.handoff).toMatchObject({ mode: 'transferred', reason: 'fraud' });
    expect(trace.stages[0]!.detail).toMatchObject({ category: 'fraud', embedding: 'not needed: a rule decided' });
    // No rule decides this one: the n-gram model does, and the trace names the failure.
    const { trace: modelTrace } = await pipeline.run('how do I get a refund for my annual plan?');
    expect(modelTrace.stages[0]!.detail).toMatchObject({ model: 'ngram', embedding: 'embedder local:use-lite failed: worker crashed' });
  });

  it('hands off at once when the customer asks for a person, without touching retrieval', async () => {
    const { pipeline } = pipelineWith();
    const { answer, trace } = await pipeline.run('talk to a person please');
    expect(answer.handoff).toEqual({ mode: 'transferred', reason: 'customer_request', queue: 'Acme Support' });
    expect(answer.text).toContain('our Acme Support team. They work weekdays 9-5');
    expect(trace.stages.find((s) => s.name === 'retrieve')?.detail).toEqual({ skipped: 'routed to handoff' });
    expect(trace.stages.map((s) => s.name)).toEqual([...stageOrder]);
  });

  it('gives every reply a plainText: the answer, a persona overlay, a handoff and a decline (issue 15)', async () => {
    const { pipeline } = pipelineWith({ personas: [{ when: { plan: 'enterprise' }, persona: 'enterprise' }] });
    const sources = '\n\nSources:\n[1] Requesting a refund (kb/refunds.md)';
    const question = 'how do I get a refund for my annual plan?';
    for (const customer of [null, { plan: 'enterprise' }]) {
      const { answer } = await pipeline.run(question, { customer });
      expect(answer.plainText).toBe(`${answer.text}${sources}`);
    }
    const handoff = (await pipeline.run('talk to a person please')).answer;
    expect(handoff.plainText).toBe(handoff.text);
    const declined = (await pipeline.run('what is the capital of mongolia?')).answer;
    expect(declined.citations).toEqual([]);
    expect(declined.plainText).toBe(declined.text);
  });

  it.each([
    ['fraud', 'There is a payment on my card that I did not make'],
    ['financial_dispute', 'I was charged twice for the same order'],
    ['legal_threat', 'If you do not refund me I will sue you'],
    ['harassment', 'you are a useless stupid bot'],
  ])('hands off the mandatory category %s', async (category, text) => {
    const { answer } = (await pipelineWith().pipeline.run(text)) as { answer: { handoff: unknown } };
    expect(answer.handoff).toEqual({ mode: 'transferred', reason: category, queue: 'Acme Support' });
  });

  it('hands off self-harm with the resources message first', async () => {
    const { answer } = await pipelineWith().pipeline.run('I want to end my life');
    expect(answer.handoff?.reason).toBe('self_harm');
    expect(answer.text.startsWith(selfHarmResourcesMessage)).toBe(true);
  });

  // Workflows and their confidence threshold are tested in pipeline-actions.test.ts.
  it('offers a person below the confidence threshold', async () => {
    const { answer, trace } = await pipelineWith().pipeline.run('what is the capital of mongolia?');
    expect(answer.handoff).toEqual({ mode: 'offered', reason: 'low_confidence', queue: 'Acme Support' });
    expect(trace.stages.find((s) => s.name === 'act')?.detail).toEqual({ skipped: 'no tools configured' });
  });

  it('hands off after the customer says twice that the answer did not help', async () => {
    const { pipeline } = pipelineWith();
    const history = [
      { speaker: 'customer', text: 'how do I get a refund?' },
      { speaker: 'bot', text: 'Annual plans can be refunded within 30 days of purchase. [1]' },
      { speaker: 'customer', text: "that didn't help" },
      { speaker: 'bot', text: 'Open Settings and click Request refund. [1]' },
    ];
    const once = await pipeline.run("that didn't help", { history: history.slice(0, 2) });
    expect(once.answer.handoff?.mode).not.toBe('transferred');
    const twice = await pipeline.run('that did not help either', { history });
    expect(twice.answer.handoff).toEqual({ mode: 'transferred', reason: 'repeated_failure', queue: 'Acme Support' });
  });

  it('still hands off, and answers honestly, when retrieval and the LLM are down', async () => {
    const index = knowledgeIndex();
    const down = generatorReturning(() => Promise.reject(new Error('LLM down')));
    const { pipeline } = pipelineWith({ retriever: brokenRetriever(index), generator: down });
    expect((await pipeline.run('agent')).answer.handoff).toEqual({
      mode: 'transferred',
      reason: 'customer_request',
      queue: 'Acme Support',
    });
    const { answer, trace } = await pipeline.run('how do I get a refund?');
    expect(answer.handoff).toEqual({ mode: 'offered', reason: 'unavailable', queue: 'Acme Support' });
    expect(trace.stages.find((s) => s.name === 'retrieve')?.detail).toEqual({ error: 'embedder unreachable' });
  });

  it('keeps the extractive answer when the generator throws, and records the generate stage', async () => {
    const { pipeline } = pipelineWith({ generator: generatorReturning(() => Promise.reject(new Error('LLM down'))) });
    const { answer, trace } = await pipeline.run('how do I get a refund for my annual plan?');
    expect(answer.text).toContain(
      'Annual plans can be refunded within 30 days of purchase. Open Settings and click Request refund to get a refund. [1]',
    );
    expect(trace.stages.find((s) => s.name === 'generate')?.detail).toEqual({ error: 'LLM down' });
  });

  it('passes the persona prompt to the generator and replaces a generated reply that fails the output guard', async () => {
    const seen: GenerativeAnswerRequest[] = [];
    const generator = generatorReturning((request) => {
      seen.push(request);
      return { text: 'We will refund you $500 today and add a credit. [1]', citations: request.extractiveFallback.citations };
    });
    const { pipeline } = pipelineWith({ generator, personas: [{ when: { plan: 'enterprise' }, persona: 'enterprise' }] });
    const { answer, trace, events } = await pipeline.run('how do I get a refund for my annual plan?', {
      customer: { plan: 'enterprise' },
      conversationId: 'c1',
    });
    expect(seen[0]!.persona).toBe('enterprise');
    expect(answer.text).not.toContain('$500');
    expect(answer.citations).toEqual([]);
    expect(answer.handoff).toEqual({ mode: 'offered', reason: 'output_guard', queue: 'Acme Support' });
    expect(trace.stages.map((s) => s.name)).toContain('generate');
    // The pipeline returns the audit event rather than writing it; the conversation service commits it.
    expect(events.map((e) => e.type)).toEqual(['guard.blocked']);
    expect(events[0]!.data['blockedText']).toContain('$500');
  });

  it('says honestly that the knowledge is in English when the message is not', async () => {
    const { answer, trace } = await pipelineWith().pipeline.run('¿Cómo puedo obtener un reembolso de mi plan anual?');
    expect(answer.text).toMatch(
      /^Our help articles are only available in English.*\(Nuestra información de ayuda solo está disponible en inglés\.\)/,
    );
    expect(trace.stages.find((s) => s.name === 'route')?.detail).toMatchObject({ language: 'es', foreignLanguage: true });
  });

  it('uses a trained intent model when there is one', async () => {
    const intent = trainIntentClassifier([
      ...['how do I get a refund', 'refund my plan', 'I want my money back', 'request a refund'].map((text) => ({ text, label: 'refund' })),
      ...['reset my password', 'forgot password', 'cannot log in', 'password reset link'].map((text) => ({ text, label: 'login' })),
    ]);
    const { trace } = await pipelineWith({ intent }).pipeline.run('how do I get a refund for my annual plan?');
    expect(trace.stages.find((s) => s.name === 'intent')?.detail).toMatchObject({ label: 'refund', outOfScope: false });
  });
});
