import { describe, expect, it } from 'vitest';
import { makeDocument } from '@switchboard/testkit';
import { freshnessFactor } from './freshness.js';

const now = Date.parse('2026-06-01T00:00:00Z');
const options = { halfLifeDays: { policy: 90, evergreen: null }, weight: 0.3, now };

describe('freshnessFactor', () => {
  it('halves the decaying share of a policy page after one half-life', () => {
    const page = makeDocument({ docType: 'policy', updatedAt: new Date(now - 90 * 86_400_000).toISOString().slice(0, 10) });
    expect(freshnessFactor(page, options)).toBeCloseTo(0.7 + 0.3 * 0.5, 6);
  });

  it('ranks an old policy page below a fresh one, but keeps most of its score', () => {
    const old = freshnessFactor(makeDocument({ docType: 'policy', updatedAt: '2023-02-01' }), options);
    const fresh = freshnessFactor(makeDocument({ docType: 'policy', updatedAt: '2026-05-20' }), options);
    expect(old).toBeLessThan(fresh);
    expect(old).toBeGreaterThanOrEqual(0.7);
  });

  it('never decays evergreen pages or pages without a date', () => {
    expect(freshnessFactor(makeDocument({ docType: 'evergreen', updatedAt: '2019-01-01' }), options)).toBe(1);
    expect(freshnessFactor(makeDocument({ docType: 'policy', updatedAt: null }), options)).toBe(1);
  });
});
