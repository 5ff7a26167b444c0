import { describe, expect, it } from 'vitest';
import { createAnswerCache } from '../generation/answer-cache.js';
import type { GenerativeAnswerRequest } from '../generation/answer-types.js';
import type { AnswerPipelineDependencies } from './answer-pipeline.js';
import { createAnswerPipeline } from './answer-pipeline.js';
import type { KnowledgeAnswer } from './answer-from-knowledge.js';
import { basePipelineDependencies, generatorReturning, refundKnowledgeIndex } from './__fixtures__/pipeline-fixtures.js';

const question = 'how do I get a refund for my annual plan?';
let counter = 0;

function pipelineAt(knowledgeVersion: number | null, overrides: Partial<AnswerPipelineDependencies> = {}) {
  const base = basePipelineDependencies(
    refundKnowledgeIndex('Annual plans can be refunded within 30 days of purchase. Open Settings and click Request refund.'),
    (prefix) => `${prefix}_${++counter}`,
  );
  base.retriever.knowledgeVersion = knowledgeVersion;
  return createAnswerPipeline({ ...base, ...overrides });
}

const stage = (trace: { stages: readonly { name: string; detail: Record<string, unknown> }[] }, name: string) =>
  trace.stages.find((s) => s.name === name)?.detail;

describe('answer pipeline with the answer cache', () => {
  it('serves a repeated question from the cache at the same knowledge version, and the trace says so', async () => {
    const answerCache = createAnswerCache<KnowledgeAnswer>({ maxEntries: 10 });
    const pipeline = pipelineAt(3, { answerCache });
    const first = await pipeline.run(question);
    expect(stage(first.trace, 'cache')).toMatchObject({ hit: false, knowledgeVersion: 3 });
    expect(stage(first.trace, 'retrieve')).toHaveProperty('chunks');
    const second = await pipeline.run(question);
    const key = (stage(first.trace, 'cache') as { key: string }).key;
    expect(stage(second.trace, 'cache')).toEqual({ hit: true, key, knowledgeVersion: 3, mode: 'extractive' });
    for (const name of ['retrieve', 'compose', 'generate'])
      expect(stage(second.trace, name)).toEqual({ skipped: 'served from the answer cache' });
    expect(second.trace.stages.map((s) => s.name)).toEqual(first.trace.stages.map((s) => s.name));
    expect({ ...second.answer, traceId: '' }).toEqual({ ...first.answer, traceId: '' });
    expect(second.facts).toEqual(first.facts);
  });

  it('answers afresh at another knowledge version, for another persona or asker role, and in another conversation', async () => {
    const answerCache = createAnswerCache<KnowledgeAnswer>({ maxEntries: 10 });
    const personas = [{ when: { plan: 'enterprise' }, persona: 'enterprise' as const }];
    await pipelineAt(3, { answerCache, personas }).run(question);
    const hit = async (pipeline: ReturnType<typeof pipelineAt>, context = {}) =>
      (stage((await pipeline.run(question, context)).trace, 'cache') as { hit: boolean }).hit;
    expect(await hit(pipelineAt(4, { answerCache, personas }))).toBe(false);
    expect(await hit(pipelineAt(3, { answerCache, personas }), { customer: { plan: 'enterprise' } })).toBe(false);
    expect(await hit(pipelineAt(3, { answerCache, personas }), { verifiedRole: 'admin' })).toBe(false);
    // A follow-up is rewritten with the entity named earlier; here none is known, so the query and the key stay the same.
    expect(await hit(pipelineAt(3, { answerCache, personas }), { history: [{ speaker: 'customer', text: 'hello' }] })).toBe(true);
  });

  it('asks the model once for a repeated question, and again after a fallback, which is not kept', async () => {
    const answerCache = createAnswerCache<KnowledgeAnswer>({ maxEntries: 10 });
    const asked: GenerativeAnswerRequest[] = [];
    let fallBack = true;
    const generator = generatorReturning((request) => {
      asked.push(request);
      return fallBack
        ? { mode: 'extractive', text: request.extractiveFallback.text, citations: request.extractiveFallback.citations }
        : { text: 'Refunds of annual plans: within 30 days [1].', citations: request.extractiveFallback.citations };
    });
    const pipeline = pipelineAt(3, { answerCache, generator });
    await pipeline.run(question);
    fallBack = false;
    expect((await pipeline.run(question)).answer.text).toContain('Refunds of annual plans');
    const cached = await pipeline.run(question);
    expect(cached.answer.text).toContain('Refunds of annual plans');
    expect(stage(cached.trace, 'cache')).toMatchObject({ hit: true, mode: 'generated' });
    expect(asked).toHaveLength(2);
  });

  it('says why the cache did not run: none configured, or an index not read from a store', async () => {
    expect(stage((await pipelineAt(3).run(question)).trace, 'cache')).toEqual({ skipped: 'no answer cache' });
    const answerCache = createAnswerCache<KnowledgeAnswer>({ maxEntries: 10 });
    expect(stage((await pipelineAt(null, { answerCache }).run(question)).trace, 'cache')).toEqual({
      skipped: 'the index was not read from a store (no knowledge version)',
    });
    expect(answerCache.size).toBe(0);
  });
});
