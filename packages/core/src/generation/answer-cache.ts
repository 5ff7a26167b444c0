/**
 * A bounded in-memory LRU of answers, keyed by everything that decides an answer and by the knowledge version the
 * index was built at: a write to any document moves the version, so no answer is served against other knowledge.
 */
import { fnvDigest } from '../text/fnv-digest.js';

export interface AnswerCacheKeyInput {
  /**
   * The store's knowledge version the retriever's index was built at (`KnowledgeStore.knowledgeVersion`). Every
   * document written or removed moves it, cited or not: a new or edited page can outrank the one an answer cited.
   */
  readonly knowledgeVersion: number;
  /** The customer's words as sent: the generator reads them, and retrieval splits and embeds them. */
  readonly question: string;
  /** The query retrieval ran: the conversation rewrite (the entity carried from earlier turns, spelling) and the LLM's. */
  readonly query: string;
  /** Entities retrieval was restricted to. */
  readonly entities: readonly string[];
  readonly intent: string | null;
  readonly persona: string | null;
  /** The language the answer is written in; the same words from customers of two languages get two answers. */
  readonly language: string | null;
  /** Sections for admins are demoted for anyone else, so askers of two roles get two answers. */
  readonly askerRole: string;
}

/** Exact, not normalised: two wordings retrieval treats differently (dense vectors, question parts) never share one. */
export function answerCacheKey(input: AnswerCacheKeyInput): string {
  return JSON.stringify([
    input.knowledgeVersion,
    input.question,
    input.query,
    input.entities,
    input.intent,
    input.persona,
    input.language,
    input.askerRole,
  ]);
}

/** A short digest of a key for traces and logs (FNV-1a, two seeds); the cache itself compares whole keys. */
export function answerCacheKeyDigest(key: string): string {
  return fnvDigest(key);
}

export interface AnswerCache<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
  readonly size: number;
}

/**
 * Entries of an older knowledge version are never read again, so they fall to the least recently used end and go
 * first: one cache can outlive the indexes a server rebuilds.
 */
export function createAnswerCache<T>(options: { maxEntries: number }): AnswerCache<T> {
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
    get size() {
      return entries.size;
    },
  };
}
