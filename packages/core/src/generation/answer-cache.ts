/** A bounded in-memory LRU of generated answers keyed by intent, normalised query and knowledge-base version. */
import { analyze } from '../text/analyze.js';

export interface AnswerCacheKeyInput {
  readonly intent: string | null;
  readonly question: string;
  /** Changes whenever the knowledge base is re-ingested, so old answers are never served against new content. */
  readonly knowledgeBaseVersion: string;
  /** The language the answer is written in; the same words from customers of two languages get two answers. */
  readonly language?: string | null;
}

/** Word order, case, punctuation, stop words and inflection do not change the key: "Refund policy?" = "what is the policy for refunds". */
export function answerCacheKey(input: AnswerCacheKeyInput): string {
  const terms = [...new Set(analyze(input.question))].sort();
  return `${input.knowledgeBaseVersion}\u0000${input.intent ?? ''}\u0000${input.language ?? ''}\u0000${terms.join(' ')}`;
}

export interface CacheableAnswer {
  readonly citations: readonly { readonly documentId: string }[];
}

export interface AnswerCache<T extends CacheableAnswer> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
  /** Drops every answer that cites the document; call it when the document changes or is deleted. */
  invalidateDocument(documentId: string): number;
  readonly size: number;
}

export function createAnswerCache<T extends CacheableAnswer>(options: { maxEntries: number }): AnswerCache<T> {
  // A Map iterates in insertion order, so re-inserting on read keeps the least recently used entry first.
  const entries = new Map<string, T>();
  return {
    get(key) {
      const value = entries.get(key);
      if (value !== undefined) {
        entries.delete(key);
        entries.set(key, value);
      }
      return value;
    },
    set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      while (entries.size > options.maxEntries) {
        const oldest = entries.keys().next();
        if (oldest.done) break;
        entries.delete(oldest.value);
      }
    },
    invalidateDocument(documentId) {
      let removed = 0;
      for (const [key, value] of entries) {
        if (value.citations.some((citation) => citation.documentId === documentId)) {
          entries.delete(key);
          removed += 1;
        }
      }
      return removed;
    },
    get size() {
      return entries.size;
    },
  };
}
