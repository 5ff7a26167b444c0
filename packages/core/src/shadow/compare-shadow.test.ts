import { describe, expect, it } from 'vitest';
import { compareShadow, jaccard } from './compare-shadow.js';
import type { ShadowSide } from './shadow-side.js';

const side = (overrides: Partial<ShadowSide>): ShadowSide => ({
  intent: 'refund',
  handoff: null,
  route: 'answer',
  mode: 'extractive',
  text: 'Refunds arrive in five days.',
  citations: ['refunds:s1'],
  milliseconds: 10,
  costUsd: 0,
  groundingFailures: [],
  ...overrides,
});

describe('jaccard', () => {
  it('is the shared share of the union, and 1 for two empty lists', () => {
    expect(jaccard(['a', 'b', 'c'], ['b', 'c', 'd'])).toBe(0.5);
    expect(jaccard(['a'], ['b'])).toBe(0);
    expect(jaccard(['a', 'a'], ['a'])).toBe(1);
    expect(jaccard([], [])).toBe(1);
  });
});

describe('compareShadow', () => {
  it('agrees on everything when both sides give the same reply', () => {
    expect(compareShadow(side({}), side({}))).toEqual({ intentAgrees: true, handoffAgrees: true, answerOverlap: 1, citationOverlap: 1 });
  });

  it('finds intent and handoff disagreements, ROUGE-L overlap of the texts and Jaccard of the citations', () => {
    const production = side({ text: 'the cat sat on the mat', citations: ['a', 'b'] });
    const shadow = side({ intent: 'billing', handoff: 'offered', text: 'the cat lay on the mat', citations: ['b', 'c'] });
    const comparison = compareShadow(production, shadow);
    expect(comparison.intentAgrees).toBe(false);
    expect(comparison.handoffAgrees).toBe(false);
    // LCS "the cat on the mat" = 5 of 6 tokens each way: F1 = 5/6.
    expect(comparison.answerOverlap).toBeCloseTo(5 / 6, 10);
    expect(comparison.citationOverlap).toBeCloseTo(1 / 3, 10);
  });

  it('counts no intent on both sides as agreement', () => {
    expect(compareShadow(side({ intent: null }), side({ intent: null })).intentAgrees).toBe(true);
    expect(compareShadow(side({ intent: null }), side({ intent: 'refund' })).intentAgrees).toBe(false);
  });
});
