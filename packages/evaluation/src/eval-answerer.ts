/** The answerer an evaluation runs: the extractive composer, or the grounded generative answerer when an LLM is configured. */
import { composeExtractiveAnswer, type ComposerOptions } from '@switchboard/core/answer';
import { createGenerativeAnswerer, splitClaims, type GroundingChunk } from '@switchboard/core/generation';
import { type RetrievedChunk } from '@switchboard/core/ranking';
import { resolveChatModel, type LlmSettings } from '@switchboard/providers';
import type { Citation } from '@switchboard/spec';

export interface EvalAnswer {
  readonly text: string;
  readonly citations: readonly Citation[];
  /** An honest "I don't know" or a handoff instead of an answer. */
  readonly declined: boolean;
}

export interface EvalAnswerer {
  /** 'extractive' or the model name, for the report. */
  readonly name: string;
  answerFrom(question: string, hits: readonly RetrievedChunk[]): Promise<EvalAnswer>;
}

/** `weight` is the index's term rarity (idf), which the composer uses to judge coverage. */
export function createEvalAnswerer(weight: (term: string) => number, composer: ComposerOptions, llm: LlmSettings | null): EvalAnswerer {
  const extractive = (question: string, hits: readonly RetrievedChunk[]) => composeExtractiveAnswer(question, hits, weight, composer);
  if (llm === null) {
    return {
      name: 'extractive',
      answerFrom: async (question, hits) => {
        const { text, citations, declined } = extractive(question, hits);
        return { text, citations, declined };
      },
    };
  }
  const generative = createGenerativeAnswerer({
    large: resolveChatModel(llm.model, { baseUrl: llm.baseUrl, apiKey: llm.apiKey, timeoutMs: 60_000 }),
    prices: {},
    routing: { threshold: 0.5, maxLargeInFlight: 8 },
    deadlineMs: 120_000,
    clock: () => Date.now(),
  });
  return {
    name: llm.model,
    answerFrom: async (question, hits) => {
      const fallback = extractive(question, hits);
      const result = await generative.generate({
        question,
        chunks: hits.map(toGroundingChunk),
        extractiveFallback: { text: fallback.text, citations: fallback.citations, declined: fallback.declined },
        retrievalScore: fallback.confidence,
      });
      const declined =
        result.mode === 'handoff' ||
        (result.mode === 'extractive' && fallback.declined) ||
        // A generated "I don't know, shall I connect you?" states no fact: that is a decline too.
        !splitClaims(result.text).some((claim) => claim.asserts);
      return { text: result.text, citations: result.citations, declined };
    },
  };
}

function toGroundingChunk(hit: RetrievedChunk): GroundingChunk {
  const { chunk } = hit;
  return {
    id: chunk.id,
    title: chunk.document.title,
    text: chunk.text,
    documentId: chunk.documentId,
    section: chunk.sectionPath.slice(1).join(' > '),
    path: chunk.document.path,
    url: chunk.document.url,
    page: chunk.page,
  };
}
