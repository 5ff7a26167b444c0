/** The path of one message: retrieve → compose, each stage timed and recorded in a trace. */
import type { Answer, Clock, IdGenerator, PipelineTrace, TraceStage } from '@switchboard/spec';
import { composeExtractiveAnswer, type ComposedAnswer, type ComposerOptions } from '../answer/extractive-composer.js';
import type { KnowledgeIndex } from '../retrieval/knowledge-index.js';
import { analyze } from '../text/analyze.js';

export interface AnswerPipelineDependencies {
  readonly index: KnowledgeIndex;
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
  answer(question: string, context?: { conversationId?: string | null }): Promise<PipelineResult>;
}

export function createAnswerPipeline(deps: AnswerPipelineDependencies): AnswerPipeline {
  return {
    async answer(question, context = {}) {
      const started = deps.timer();
      const stages: TraceStage[] = [];
      const timed = <T>(name: string, run: () => T, detail: (value: T) => Record<string, unknown>): T => {
        const begin = deps.timer();
        const value = run();
        stages.push({ name, milliseconds: round(deps.timer() - begin), detail: detail(value) });
        return value;
      };

      const hits = timed(
        'retrieve',
        () => deps.index.search(question, deps.topK),
        (value) => ({
          terms: analyze(question),
          chunks: value.map((hit) => ({
            chunkId: hit.chunk.id,
            matchedChunkId: hit.matchedChunkId,
            title: hit.chunk.document.title,
            breadcrumb: hit.chunk.breadcrumb,
            path: hit.chunk.document.path,
            score: round(hit.score),
            fieldScores: Object.fromEntries(Object.entries(hit.fieldScores).map(([field, score]) => [field, round(score)])),
          })),
        }),
      );
      const composed = timed(
        'compose',
        () => composeExtractiveAnswer(question, hits, (term) => deps.index.idf(term), deps.composer),
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
