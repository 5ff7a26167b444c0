/**
 * The LLM query rewriter, used when an LLM is configured: one fixed prompt template, and a router that skips it
 * when the raw query already matches the knowledge base's vocabulary (short precise queries get worse when
 * rewritten). Any failure keeps the query as it was.
 */
import type { ChatModel } from '@switchboard/spec';
import { analyze } from '../text/analyze.js';

export const llmRewritePrompt = 'Rewrite the following customer query as a concise search query for a product knowledge base: {query}';

export interface LlmRewrite {
  readonly query: string;
  readonly used: boolean;
  /** Why the model was not asked, or why its answer was not used. */
  readonly reason: 'rewritten' | 'vocabulary match' | 'failed' | 'empty answer';
}

export interface LlmQueryRewriter {
  rewrite(query: string, knowsTerm: (term: string) => boolean, signal?: AbortSignal): Promise<LlmRewrite>;
}

/** True when most of the query's content terms occur in the knowledge base: rewriting would only blur it. */
export function matchesVocabulary(query: string, knowsTerm: (term: string) => boolean, threshold = 0.75): boolean {
  const terms = [...new Set(analyze(query))];
  if (terms.length === 0) return false;
  return terms.filter(knowsTerm).length / terms.length >= threshold;
}

export function createLlmQueryRewriter(model: ChatModel, options: { maxOutputTokens?: number } = {}): LlmQueryRewriter {
  return {
    async rewrite(query, knowsTerm, signal) {
      if (matchesVocabulary(query, knowsTerm)) return { query, used: false, reason: 'vocabulary match' };
      try {
        const result = await model.generate({
          messages: [{ role: 'user', content: llmRewritePrompt.replace('{query}', query) }],
          maxOutputTokens: options.maxOutputTokens ?? 48,
          temperature: 0,
          signal,
        });
        const rewritten = result.text
          .trim()
          .replace(/^["'“]|["'”]$/g, '')
          .split('\n')[0]!
          .trim();
        return rewritten ? { query: rewritten, used: true, reason: 'rewritten' } : { query, used: false, reason: 'empty answer' };
      } catch {
        return { query, used: false, reason: 'failed' };
      }
    },
  };
}
