import { describe, expect, it } from 'vitest';
import { answerCacheKey, answerCacheKeyDigest, createAnswerCache, type AnswerCacheKeyInput } from './answer-cache.js';

const input: AnswerCacheKeyInput = {
  knowledgeVersion: 7,
  question: 'How long do refunds take?',
  query: 'How long do refunds take?',
  entities: [],
  intent: 'refund',
  persona: null,
  language: null,
  askerRole: 'end-user',
};

describe('answer cache', () => {
  it('gives the same key only when everything that decides the answer, and the knowledge version, are the same', () => {
    const key = (changes: Partial<AnswerCacheKeyInput> = {}) => answerCacheKey({ ...input, ...changes });
    expect(key()).toBe(key({ entities: [] }));
    for (const changes of [
      { knowledgeVersion: 8 },
      { question: 'refunds: how long do they take' },
      { query: 'How long do refunds take? Rosa' },
      { entities: ['Rosa'] },
      { intent: 'shipping' },
      { intent: null },
      { persona: 'enterprise' },
      { language: 'de' },
      { askerRole: 'admin' },
    ])
      expect(key(changes), JSON.stringify(changes)).not.toBe(key());
    expect(answerCacheKeyDigest(key())).toMatch(/^[0-9a-f]{16}$/);
    expect(answerCacheKeyDigest(key())).not.toBe(answerCacheKeyDigest(key({ knowledgeVersion: 8 })));
  });

  it('serves nothing of an older knowledge version, and evicts those entries first as new ones arrive', () => {
    const cache = createAnswerCache<string>({ maxEntries: 2 });
    const atVersion = (knowledgeVersion: number, question = input.question) => answerCacheKey({ ...input, knowledgeVersion, question });
    cache.set(atVersion(7), 'before the edit');
    expect(cache.get(atVersion(7))).toBe('before the edit');
    expect(cache.get(atVersion(8))).toBeUndefined();
    cache.set(atVersion(8), 'after the edit');
    cache.set(atVersion(8, 'Can I pay by card?'), 'cards');
    expect(cache.get(atVersion(7))).toBeUndefined();
    expect(cache.get(atVersion(8))).toBe('after the edit');
    expect(cache.size).toBe(2);
  });

  it('evicts the least recently used entry when full', () => {
    const cache = createAnswerCache<string>({ maxEntries: 2 });
    cache.set('a', 'A');
    cache.set('b', 'B');
    cache.get('a');
    cache.set('c', 'C');
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('A');
    expect(cache.size).toBe(2);
  });
});
