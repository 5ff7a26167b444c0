import { describe, expect, it } from 'vitest';
import { answerCacheKey, createAnswerCache } from './answer-cache.js';

const answer = (documentId: string) => ({ text: documentId, citations: [{ documentId }] });

describe('answer cache', () => {
  it('keys paraphrases with the same words alike, and separates intents and knowledge-base versions', () => {
    const key = (question: string, intent = 'refund', version = 'v1') =>
      answerCacheKey({ intent, question, knowledgeBaseVersion: version });
    expect(key('How long do refunds take?')).toBe(key('refunds: how long do they take'));
    expect(key('How long do refunds take?')).not.toBe(key('How long do refunds take?', 'shipping'));
    expect(key('How long do refunds take?')).not.toBe(key('How long do refunds take?', 'refund', 'v2'));
  });

  it('evicts the least recently used entry when full', () => {
    const cache = createAnswerCache<ReturnType<typeof answer>>({ maxEntries: 2 });
    cache.set('a', answer('doc-a'));
    cache.set('b', answer('doc-b'));
    cache.get('a');
    cache.set('c', answer('doc-c'));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.text).toBe('doc-a');
    expect(cache.size).toBe(2);
  });

  it('drops answers that cite a changed document', () => {
    const cache = createAnswerCache<ReturnType<typeof answer>>({ maxEntries: 10 });
    cache.set('a', answer('refunds.md'));
    cache.set('b', answer('shipping.md'));
    expect(cache.invalidateDocument('refunds.md')).toBe(1);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')).toBeDefined();
  });
});
