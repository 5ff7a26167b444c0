import { describe, expect, it } from 'vitest';
import { Bm25fIndex } from './bm25f.js';

const fields = { title: { weight: 2, b: 0 }, body: { weight: 1, b: 0.5 } };

describe('Bm25fIndex', () => {
  it('scores a document with hand-computed BM25F', () => {
    const index = new Bm25fIndex({ k1: 1.2, fields });
    index.add('a', { title: ['refund'], body: ['refund', 'window', 'day', 'day'] });
    index.add('b', { title: ['invoice'], body: ['download', 'pdf'] });
    const [hit] = index.rankTerms(['refund'], 10);
    // N=2, df=1: idf = ln(1 + (2-1+0.5)/(1+0.5)) = ln 2
    // avg body length = 3; body tf~ = 1*1/(1-0.5+0.5*4/3) = 0.857142...; title tf~ = 2*1/1 = 2
    const pseudo = 2 + 1 / (0.5 + (0.5 * 4) / 3);
    const expected = (Math.log(2) * pseudo * 2.2) / (1.2 + pseudo);
    expect(hit?.id).toBe('a');
    expect(hit?.score).toBeCloseTo(expected, 10);
    expect(hit!.fieldScores['title']! + hit!.fieldScores['body']!).toBeCloseTo(expected, 10);
    expect(hit!.fieldScores['title']! / hit!.fieldScores['body']!).toBeCloseTo(2 / (1 / (0.5 + (0.5 * 4) / 3)), 10);
  });

  it('sums the contributions of several query terms and ranks by score', () => {
    const index = new Bm25fIndex({ k1: 1.2, fields });
    index.add('a', { title: ['reset', 'password'], body: ['click', 'reset'] });
    index.add('b', { title: ['password', 'policy'], body: ['length', 'twelve'] });
    index.add('c', { title: ['sso'], body: ['saml'] });
    const hits = index.rankTerms(['reset', 'password'], 10);
    expect(hits.map((h) => h.id)).toEqual(['a', 'b']);
    const reset = index.rankTerms(['reset'], 10)[0]!.score;
    const password = index.rankTerms(['password'], 10).find((h) => h.id === 'a')!.score;
    expect(hits[0]!.score).toBeCloseTo(reset + password, 10);
  });

  it('saturates repeated terms: ten repetitions score less than ten times one', () => {
    const index = new Bm25fIndex({ k1: 1.2, fields: { body: { weight: 1, b: 0 } } });
    index.add('once', { body: ['api'] });
    index.add('ten', { body: Array<string>(10).fill('api') });
    index.add('other', { body: ['sso'] });
    const [ten, once] = index.rankTerms(['api'], 10);
    expect(ten!.id).toBe('ten');
    expect(ten!.score).toBeLessThan(once!.score * 2.2);
  });

  it('forgets removed documents and their document frequency', () => {
    const index = new Bm25fIndex({ k1: 1.2, fields });
    index.add('a', { title: ['refund'], body: [] });
    index.add('b', { title: ['refund'], body: [] });
    const before = index.idf('refund');
    expect(index.remove('a')).toBe(true);
    expect(index.rankTerms(['refund'], 10).map((h) => h.id)).toEqual(['b']);
    expect(index.idf('refund')).toBeGreaterThan(before);
    expect(index.size).toBe(1);
  });
});
