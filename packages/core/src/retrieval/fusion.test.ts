import { describe, expect, it } from 'vitest';
import { detectExactTerms } from '../text/exact-match.js';
import { reciprocalRankFusion, weightedFusion } from './fusion.js';

const lexical = [
  { id: 'a', score: 12 },
  { id: 'b', score: 6 },
  { id: 'c', score: 2 },
];
const dense = [
  { id: 'c', score: 0.9 },
  { id: 'b', score: 0.8 },
  { id: 'd', score: 0.1 },
];

describe('fusion', () => {
  it('sums min-max normalised scores with weights', () => {
    const fused = weightedFusion([lexical, dense], [1, 0.5]);
    expect(fused.map((f) => f.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(fused.find((f) => f.id === 'b')!.score).toBeCloseTo(0.4 + 0.5 * 0.875, 10);
    expect(fused.find((f) => f.id === 'd')!.parts).toEqual([0, 0]);
  });

  it('computes reciprocal-rank fusion with k = 60', () => {
    const fused = reciprocalRankFusion([lexical, dense], [1, 1]);
    // c: 1/63 + 1/61 just beats b: 1/62 + 1/62.
    expect(fused.map((f) => f.id)).toEqual(['c', 'b', 'a', 'd']);
    expect(fused[0]!.score).toBeCloseTo(1 / 63 + 1 / 61, 12);
    expect(fused[1]!.score).toBeCloseTo(2 / 62, 12);
  });
});

describe('detectExactTerms', () => {
  it('finds error codes, versions and quoted strings, and nothing in plain prose', () => {
    expect(detectExactTerms('error E-2041 after upgrading to v2.3.1, message "quota exceeded"').map((t) => [t.kind, t.text])).toEqual([
      ['quoted', 'quota exceeded'],
      ['version', 'v2.3.1'],
      ['code', 'E-2041'],
    ]);
    expect(detectExactTerms('how do I reset my password')).toEqual([]);
  });
});
