/** The path of one message: retrieve → compose, each stage timed and recorded in a trace. */
import type { Answer, Clock, IdGenerator, PipelineTrace, TraceStage } from '@switchboard/spec';
import { composeExtractiveAnswer, type ComposedAnswer, type ComposerOptions } from '../answer/extractive-composer.js';
import type { HybridRetriever } from '../retrieval/hybrid-retriever.js';
import { rewriteQuery, type ConversationTurn } from '../rewrite/conversation-rewriter.js';
import { EntityGazetteer, entityTagPrefix } from '../rewrite/entity-gazetteer.js';
import { createSpellingCorrector } from '../rewrite/spelling-corrector.js';
import { analyze } from '../text/analyze.js';

export interface AnswerPipelineDependencies {
  readonly retriever: HybridRetriever;
  /** Wall clock in milliseconds, for timestamps. */
  readonly clock: Clock;
  /** High-resolution clock in milliseconds, for stage latencies. */
  readonly timer: Clock;
  readonly newId: IdGenerator;
  readonly topK: number;
  readonly composer: ComposerOptions;
}

export interface PipelineResult {
  readonly answer: Answer;
  readonly trace: PipelineTrace;
  readonly composed: ComposedAnswer;
}

export interface AnswerPipeline {
  answer(question: string, context?: { conversationId?: string | null; history?: readonly ConversationTurn[] }): Promise<PipelineResult>;
}

export function createAnswerPipeline(deps: AnswerPipelineDependencies): AnswerPipeline {
  const index = deps.retriever.lexical;
  const entities = index.entities();
  const gazetteer = entities.size > 0 ? new EntityGazetteer(entities) : null;
  const speller = createSpellingCorrector(index.vocabulary);
  return {
    async answer(question, context = {}) {
      const started = deps.timer();
      const stages: TraceStage[] = [];
      const timed = async <T>(name: string, run: () => T | Promise<T>, detail: (value: T) => Record<string, unknown>): Promise<T> => {
        const begin = deps.timer();
        const value = await run();
        stages.push({ name, milliseconds: round(deps.timer() - begin), detail: detail(value) });
        return value;
      };

      const rewritten = await timed(
        'rewrite',
        () => rewriteQuery(question, context.history ?? [], { gazetteer, speller }),
        (value) => ({ ...value }),
      );
      const entityTags = new Set(rewritten.entities.map((name) => `${entityTagPrefix}${name}`));
      const hits = await timed(
        'retrieve',
        () =>
          deps.retriever.retrieve({
            query: rewritten.query,
            limit: deps.topK,
            accept: entityTags.size > 0 ? (chunk) => chunk.document.tags.some((tag) => entityTags.has(tag)) : undefined,
          }),
        (value) => ({
          terms: analyze(rewritten.query),
          chunks: value.map((hit) => ({
            chunkId: hit.chunk.id,
            matchedChunkId: hit.matchedChunkId,
            title: hit.chunk.document.title,
            breadcrumb: hit.chunk.breadcrumb,
            path: hit.chunk.document.path,
            score: round(hit.score),
            fieldScores: Object.fromEntries(Object.entries(hit.fieldScores).map(([field, score]) => [field, round(score)])),
            signals: hit.signals ? Object.fromEntries(Object.entries(hit.signals).map(([name, score]) => [name, round(score)])) : undefined,
          })),
        }),
      );
      const composed = await timed(
        'compose',
        () => composeExtractiveAnswer(rewritten.query, hits, (term) => index.idf(term), deps.composer),
        (value) => ({ mode: 'extractive', confidence: value.confidence, declined: value.declined, sentences: value.sentences }),
      );

      const traceId = deps.newId('trace');
      const trace: PipelineTrace = {
        id: traceId,
        conversationId: context.conversationId ?? null,
        query: question,
        createdAt: new Date(deps.clock()).toISOString(),
        stages,
        totalMilliseconds: round(deps.timer() - started),
      };
      const answer: Answer = {
        text: composed.text,
        citations: composed.citations,
        confidence: composed.confidence,
        handoff: composed.declined ? { mode: 'offered', reason: 'low_confidence', queue: deps.composer.handoffQueue } : null,
        traceId,
      };
      return { answer, trace, composed };
    },
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
