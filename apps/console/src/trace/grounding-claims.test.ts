import { describe, expect, it } from 'vitest';
import { groundingClaims } from './grounding-claims';

describe('groundingClaims', () => {
  it('reads the guard stage as it is traced today: unsupported claims as strings', () => {
    expect(groundingClaims({ allowed: false, violations: [], unsupportedClaims: ['I have refunded your order.'] })).toEqual([
      { text: 'I have refunded your order.', supported: false, why: null },
    ]);
  });

  it('reads claims with a verdict per claim, whichever name the verdict has', () => {
    const detail = {
      claims: [
        { text: 'Refunds take 5 days.', supported: true },
        { claim: 'We ship to Mars.', verdict: 'absent' },
        { sentence: 'Orders ship in 2 days.', status: 'supported', evidence: 'chunk c1' },
        { text: 'No verdict here.' },
      ],
    };
    expect(groundingClaims(detail)).toEqual([
      { text: 'Refunds take 5 days.', supported: true, why: null },
      { text: 'We ship to Mars.', supported: false, why: 'absent' },
      { text: 'Orders ship in 2 days.', supported: true, why: 'chunk c1' },
      { text: 'No verdict here.', supported: null, why: null },
    ]);
  });

  it('reads failed claims with their reason and supported claims as supported', () => {
    expect(
      groundingClaims({ supportedClaims: ['A.'], failedClaims: [{ text: 'B.', labels: ['c1'], reason: 'judge: contradicted' }] }),
    ).toEqual([
      { text: 'A.', supported: true, why: null },
      { text: 'B.', supported: false, why: 'judge: contradicted' },
    ]);
  });

  it('finds no claims in a detail without any, and skips entries without text', () => {
    expect(groundingClaims({ allowed: true, violations: [] })).toEqual([]);
    expect(groundingClaims({ claims: [null, 3, { supported: true }] })).toEqual([]);
  });
});
