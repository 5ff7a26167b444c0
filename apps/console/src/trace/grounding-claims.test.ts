import { describe, expect, it } from 'vitest';
import { groundingClaims } from './grounding-claims';

describe('groundingClaims', () => {
  it('reads the guard stage: each sentence with its sources and verdict, then unlogged action claims', () => {
    const detail = {
      allowed: false,
      violations: [],
      grounding: {
        faithfulness: 0.5,
        claims: [
          { text: 'Refunds take 5 days.', labels: ['c1'], supported: true, reason: null },
          { text: 'You get $500.', labels: ['c1', 'c2'], supported: false, reason: 'figures or names absent: $500' },
        ],
      },
      unsupportedClaims: ['I have refunded your order.'],
    };
    expect(groundingClaims(detail)).toEqual([
      { text: 'Refunds take 5 days.', supported: true, why: null, sources: ['[1]'] },
      { text: 'You get $500.', supported: false, why: 'figures or names absent: $500', sources: ['[1]', '[2]'] },
      { text: 'I have refunded your order.', supported: false, why: 'claims an action the action log does not show', sources: [] },
    ]);
  });

  it('finds no claims in a detail without any, and skips malformed entries', () => {
    expect(groundingClaims({ allowed: true, violations: [] })).toEqual([]);
    expect(groundingClaims({ grounding: { claims: [null, 3, { supported: true }, { text: 'x' }] } })).toEqual([]);
  });
});
