/**
 * The knowledge path of the pipeline: rewrite → cache → retrieve → compose → (generate), each stage recorded. An answer
 * already given at this knowledge version to the same question in the same circumstances is served from the cache.
 */
import type { Citation } from '@switchboard/spec';
import { composeExtractiveAnswer, type ChosenSentence, type ComposedAnswer, type ComposerOptions } from '../answer/extractive-composer.js';
import { answerCacheKey, answerCacheKeyDigest, type AnswerCache } from '../generation/answer-cache.js';
import type { GenerativeAnswerer } from '../generation/generative-answerer.js';
import type { HybridRetriever } from '../retrieval/hybrid-retriever.js';
import type { AskerRole } from '../retrieval/section-audience.js';
import { rewriteQuery, type ConversationTurn } from '../rewrite/conversation-rewriter.js';
import type { EntityGazetteer } from '../rewrite/entity-gazetteer.js';
import { entityTagPrefix } from '../rewrite/entity-gazetteer.js';
import type { LlmQueryRewriter } from '../rewrite/llm-rewriter.js';
import type { SpellingCorrector } from '../rewrite/spelling-corrector.js';
import { analyze } from '../text/analyze.js';
import { retrieveQuestionParts } from '../retrieval/retrieve-question-parts.js';
import { describeRetrievedChunk } from './describe-retrieved-chunk.js';
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
  /** The language the answer is written in, when it is known with confidence (the generator is asked for it). */
  readonly language?: string | null;
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
  /** Answers given at the retriever's knowledge version (`HybridRetriever.knowledgeVersion`); off when absent. */
  readonly answerCache?: AnswerCache<KnowledgeAnswer> | null;
}

const servedFromCache = { skipped: 'served from the answer cache' };

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
  const cache = parts.answerCache ?? null;
  const version = parts.retriever.knowledgeVersion;
  const key =
    cache && version !== null
      ? answerCacheKey({
          knowledgeVersion: version,
          question: request.question,
          query: rewritten.query,
          entities: rewritten.entities,
          intent: request.intent,
          persona: request.persona ?? null,
          language: request.language ?? null,
          askerRole,
        })
      : null;
  const cached = await stages.timed(
    'cache',
    () => (key === null || !cache ? undefined : cache.get(key)),
    (value) =>
      key === null
        ? { skipped: cache ? 'the index was not read from a store (no knowledge version)' : 'no answer cache' }
        : { hit: value !== undefined, key: answerCacheKeyDigest(key), knowledgeVersion: version, ...(value ? { mode: value.mode } : {}) },
  );
  if (cached) {
    for (const name of ['retrieve', 'compose', 'generate']) stages.record(name, servedFromCache);
    return cached;
  }
  const { answer, cacheable } = await answerAfresh(parts, request, stages, { query: rewritten.query, entityTags, askerRole });
  if (key !== null && cacheable) cache?.set(key, answer);
  return answer;
}

/** Retrieves, composes and (with an LLM) generates; `cacheable` is false for a model failure or fallback. */
async function answerAfresh(
  parts: KnowledgeParts,
  request: KnowledgeRequest,
  stages: StageRecorder,
  { query, entityTags, askerRole }: { query: string; entityTags: ReadonlySet<string>; askerRole: AskerRole },
): Promise<{ answer: KnowledgeAnswer; cacheable: boolean }> {
  const index = parts.retriever.lexical;
  const hits = await stages.timed(
    'retrieve',
    () =>
      retrieveQuestionParts(parts.retriever, {
        query,
        limit: parts.topK,
        accept: entityTags.size > 0 ? (chunk) => chunk.document.tags.some((tag) => entityTags.has(tag)) : undefined,
        askerRole,
      }),
    (value) => ({ terms: analyze(query), askerRole, chunks: value.map(describeRetrievedChunk) }),
  );
  const composed = await stages.timed(
    'compose',
    () => composeExtractiveAnswer(query, hits, (term) => index.idf(term), parts.composer),
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
  if (!parts.generator || hits.length === 0) return { answer: extractive, cacheable: true };
  const generator = parts.generator;
  try {
    const generated = await stages.timed(
      'generate',
      () =>
        generator.generate({
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
          signal: request.signal,
          // Hot-fix adapters are registered for intents and cohorts (personas).
          intent: request.intent,
          cohort: request.persona ?? null,
        }),
      (value) => ({
        mode: value.mode,
        model: value.model,
        verdict: value.verdict,
        route: value.route,
        ...(value.adapter === undefined ? {} : { adapter: value.adapter }),
        attempts: value.attempts,
        costUsd: value.costUsd,
        tokens: value.tokens,
      }),
    );
    // Sentences only describe the extractive text; a generated answer is kept whole.
    const answer: KnowledgeAnswer = {
      ...base,
      text: generated.text,
      citations: generated.citations,
      declined: generated.mode === 'handoff' || (generated.mode === 'extractive' && composed.declined),
      mode: generated.mode,
      sentences: generated.mode === 'extractive' ? composed.sentences : [],
    };
    // A fallback (the model failed, ran out of time or made an unsupported claim) is not kept: the next ask retries it.
    return { answer, cacheable: generated.mode === 'generated' };
  } catch {
    // The model being down must not take the answer with it: the extractive answer stands (the trace keeps the error).
    return { answer: extractive, cacheable: false };
  }
}
