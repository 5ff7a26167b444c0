/**
 * The LLM query rewriter, used when an LLM is configured: one fixed prompt template (naming the knowledge's language
 * when it is written in one), and a router that skips it when the raw query already matches the knowledge base's
 * vocabulary (short precise queries get worse when rewritten). Any failure keeps the query as it was.
 */
import type { ChatModel } from '@switchboard/spec';
import { analyze } from '../text/analyze.js';
import { languageName } from '../text/language-name.js';

export const llmRewritePrompt = 'Rewrite the following customer query as a concise search query for a product knowledge base: {query}';
/** The template when the knowledge is written in one language: a Spanish question still searches English articles. */
export const llmRewritePromptIn =
  'Rewrite the following customer query as a concise {language} search query for a product knowledge base written in {language}: {query}';

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

export interface LlmQueryRewriterOptions {
  readonly maxOutputTokens?: number;
  /** ISO 639-1 code of the one language the knowledge is written in; the search query is written in it. */
  readonly knowledgeLanguage?: string;
}

export function createLlmQueryRewriter(model: ChatModel, options: LlmQueryRewriterOptions = {}): LlmQueryRewriter {
  const template = options.knowledgeLanguage
    ? llmRewritePromptIn.replaceAll('{language}', languageName(options.knowledgeLanguage))
    : llmRewritePrompt;
  return {
    async rewrite(query, knowsTerm, signal) {
      if (matchesVocabulary(query, knowsTerm)) return { query, used: false, reason: 'vocabulary match' };
      try {
        const result = await model.generate({
          messages: [{ role: 'user', content: template.replace('{query}', query) }],
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
