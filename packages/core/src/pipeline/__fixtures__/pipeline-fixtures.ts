/** Shared scaffolding of the pipeline tests: a one-article knowledge index, the fixed settings, a scripted generator. */
import { shippedAnswerModels } from '@switchboard/models';
import { makeChunk, makeDocument } from '@switchboard/testkit';
import type { GenerativeAnswer, GenerativeAnswerRequest } from '../../generation/answer-types.js';
import type { GenerativeAnswerer } from '../../generation/generative-answerer.js';
import { HybridRetriever } from '../../retrieval/hybrid-retriever.js';
import { KnowledgeIndex } from '../../retrieval/knowledge-index.js';
import type { AnswerPipelineDependencies } from '../answer-pipeline.js';

/** An index holding one section of a "Requesting a refund" article with this text. */
export function refundKnowledgeIndex(text: string): KnowledgeIndex {
  const index = new KnowledgeIndex({ k1: 1.2, b: 0.6, fieldWeights: { title: 2.5, headings: 1.5, body: 1, tags: 1 } });
  const refunds = makeDocument({ id: 'refunds', title: 'Requesting a refund', path: 'kb/refunds.md' });
  index.addChunks([makeChunk(refunds, { id: 'refunds:s1', text })]);
  return index;
}

/** The dependencies every pipeline test shares: lexical retrieval over `index`, a fixed clock, the Acme queue. */
export function basePipelineDependencies(
  index: KnowledgeIndex,
  newId: (prefix?: string) => string,
): Pick<AnswerPipelineDependencies, 'retriever' | 'clock' | 'timer' | 'newId' | 'topK' | 'composer'> {
  return {
    retriever: new HybridRetriever(index, null),
    clock: () => Date.parse('2026-03-01T12:00:00Z'),
    timer: () => 0,
    newId,
    topK: 5,
    composer: {
      minConfidence: 0.5,
      maxSentences: 3,
      maxChunks: 3,
      handoffQueue: 'Acme Support',
      handoffHours: 'weekdays 9-5',
      models: shippedAnswerModels,
    },
  };
}

/** A generator (standing in for an LLM-backed one) whose answers are `reply`'s fields over a plain generated answer. */
export function generatorReturning(
  reply: (request: GenerativeAnswerRequest) => Partial<GenerativeAnswer> | Promise<never>,
): GenerativeAnswerer {
  return {
    generate: async (request) =>
      ({
        text: '',
        citations: [],
        mode: 'generated',
        verdict: { faithfulness: 1, failedClaims: [], regenerated: false, fallback: null, fallbackReason: null },
        model: 'stub',
        costUsd: 0,
        tokens: { inputTokens: 0, outputTokens: 0 },
        route: { tier: 'large', reason: 'difficulty', difficulty: 0.5 },
        attempts: [],
        ...(await reply(request)),
      }) as GenerativeAnswer,
    generateStream: () => {
      throw new Error('not used');
    },
  };
}
