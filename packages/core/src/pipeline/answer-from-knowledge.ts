/** The knowledge path of the pipeline: rewrite → retrieve → compose → (generate), each stage recorded. */
import type { Citation } from '@switchboard/spec';
import { composeExtractiveAnswer, type ChosenSentence, type ComposedAnswer, type ComposerOptions } from '../answer/extractive-composer.js';
import type { GenerativeAnswerer } from '../generation/generative-answerer.js';
import type { HybridRetriever } from '../retrieval/hybrid-retriever.js';
import type { RetrievedChunk } from '../retrieval/knowledge-index.js';
import { sectionAudience, type AskerRole } from '../retrieval/section-audience.js';
import { rewriteQuery, type ConversationTurn } from '../rewrite/conversation-rewriter.js';
import type { EntityGazetteer } from '../rewrite/entity-gazetteer.js';
import { entityTagPrefix } from '../rewrite/entity-gazetteer.js';
import type { LlmQueryRewriter } from '../rewrite/llm-rewriter.js';
import type { SpellingCorrector } from '../rewrite/spelling-corrector.js';
import { analyze } from '../text/analyze.js';
import { retrieveQuestionParts } from '../retrieval/retrieve-question-parts.js';
import { round, type StageRecorder } from './stage-recorder.js';

export interface KnowledgeAnswer {
  readonly text: string;
  readonly citations: readonly Citation[];
  readonly confidence: number;
  readonly declined: boolean;
  readonly mode: 'extractive' | 'generated' | 'handoff';
  readonly composed: ComposedAnswer;
  /** Grounded sentences of the extractive answer (persona overlays reorder and trim these). */
  readonly sentences: readonly ChosenSentence[];
  /** Chunk id → text, for the output guard's evidence. */
  readonly chunkTexts: ReadonlyMap<string, string>;
  readonly retrieved: readonly { readonly title: string; readonly path: string; readonly score: number }[];
}

export interface KnowledgeRequest {
  readonly question: string;
  readonly history: readonly ConversationTurn[];
  readonly intent: string | null;
  readonly persona: string | undefined;
  /**
   * The asker's role from a *verified* identity only (default 'end-user'); sections written for admins are demoted
   * for anyone else. Never set it from the `customer` attributes of a request body: the caller asserts those.
   */
  readonly askerRole?: AskerRole;
  readonly signal?: AbortSignal;
}

export interface KnowledgeParts {
  readonly retriever: HybridRetriever;
  readonly gazetteer: EntityGazetteer | null;
  readonly speller: SpellingCorrector;
  readonly topK: number;
  readonly composer: ComposerOptions;
  readonly generator?: GenerativeAnswerer | null;
  /** Rewrites queries with the LLM when one is configured and the router lets it. */
  readonly llmRewriter?: LlmQueryRewriter | null;
}

export async function answerFromKnowledge(
  parts: KnowledgeParts,
  request: KnowledgeRequest,
  stages: StageRecorder,
): Promise<KnowledgeAnswer> {
  const index = parts.retriever.lexical;
  const rewritten = await stages.timed(
    'rewrite',
    async () => {
      const ruled = rewriteQuery(request.question, request.history, { gazetteer: parts.gazetteer, speller: parts.speller });
      if (!parts.llmRewriter) return { ...ruled, llm: null };
      // The model sees the customer's own words; the entity carried from the conversation is added back after.
      const carried = ruled.entitySource === 'conversation' ? ` ${ruled.entities.join(' ')}` : '';
      const own = carried ? ruled.query.slice(0, -carried.length) : ruled.query;
      const llm = await parts.llmRewriter.rewrite(own, (term) => index.knowsTerm(term), request.signal);
      return { ...ruled, query: llm.used ? `${llm.query}${carried}` : ruled.query, llm };
    },
    (value) => ({ ...value }),
  );
  const entityTags = new Set(rewritten.entities.map((name) => `${entityTagPrefix}${name}`));
  const askerRole = request.askerRole ?? 'end-user';
  const hits = await stages.timed(
    'retrieve',
    () =>
      retrieveQuestionParts(parts.retriever, {
        query: rewritten.query,
        limit: parts.topK,
        accept: entityTags.size > 0 ? (chunk) => chunk.document.tags.some((tag) => entityTags.has(tag)) : undefined,
        askerRole,
      }),
    (value) => ({ terms: analyze(rewritten.query), askerRole, chunks: value.map(describeHit) }),
  );
  const composed = await stages.timed(
    'compose',
    () => composeExtractiveAnswer(rewritten.query, hits, (term) => index.idf(term), parts.composer),
    (value) => ({ mode: 'extractive', confidence: value.confidence, declined: value.declined, sentences: value.sentences }),
  );
  const base = {
    composed,
    sentences: composed.sentences,
    chunkTexts: new Map(hits.map((hit) => [hit.chunk.id, hit.chunk.text])),
    retrieved: hits.map((hit) => ({ title: hit.chunk.document.title, path: hit.chunk.document.path, score: round(hit.score) })),
    confidence: composed.confidence,
  };
  const extractive: KnowledgeAnswer = {
    ...base,
    text: composed.text,
    citations: composed.citations,
    declined: composed.declined,
    mode: 'extractive',
  };
  if (!parts.generator || hits.length === 0) return extractive;
  const generator = parts.generator;
  try {
    const generated = await stages.timed(
      'generate',
      () =>
        generator.answer({
          question: request.question,
          chunks: hits.map(({ chunk }) => ({
            id: chunk.id,
            documentId: chunk.documentId,
            title: chunk.document.title,
            text: chunk.text,
            section: chunk.sectionPath.slice(1).join(' > '),
            path: chunk.document.path,
            url: chunk.document.url,
            page: chunk.page,
          })),
          extractiveFallback: { text: composed.text, citations: composed.citations, declined: composed.declined },
          retrievalScore: composed.confidence,
          persona: request.persona,
          toolsRun: [],
          intent: request.intent,
          signal: request.signal,
        }),
      (value) => ({
        mode: value.mode,
        model: value.model,
        verdict: value.verdict,
        route: value.route,
        attempts: value.attempts,
        costUsd: value.costUsd,
        tokens: value.tokens,
        cached: value.cached,
      }),
    );
    // Sentences only describe the extractive text; a generated answer is kept whole.
    return {
      ...base,
      text: generated.text,
      citations: generated.citations,
      declined: generated.mode === 'handoff' || (generated.mode === 'extractive' && composed.declined),
      mode: generated.mode,
      sentences: generated.mode === 'extractive' ? composed.sentences : [],
    };
  } catch {
    // The model being down must not take the answer with it: the extractive answer stands (the trace keeps the error).
    return extractive;
  }
}

function describeHit(hit: RetrievedChunk) {
  return {
    chunkId: hit.chunk.id,
    matchedChunkId: hit.matchedChunkId,
    title: hit.chunk.document.title,
    breadcrumb: hit.chunk.breadcrumb,
    path: hit.chunk.document.path,
    audience: sectionAudience(hit.chunk),
    score: round(hit.score),
    fieldScores: Object.fromEntries(Object.entries(hit.fieldScores).map(([field, score]) => [field, round(score)])),
    signals: hit.signals ? Object.fromEntries(Object.entries(hit.signals).map(([name, score]) => [name, round(score)])) : undefined,
  };
}
