import { describe, expect, it } from 'vitest';
import { staleMarker } from './stale-marker.js';

const document = (path: string, title = 'Pricing', tags: string[] = [], docType: string | null = null) => ({ path, title, tags, docType });

describe('staleMarker', () => {
  it('finds documents that say they are no longer current (issue 15: a retired price list answered a seats question)', () => {
    expect(staleMarker(document('kb/plans/old-team-plan-pricing.md'))).toBe('path');
    expect(staleMarker(document('archive/2021/refunds.md'))).toBe('path');
    expect(staleMarker(document('kb/pricing_legacy.md'))).toBe('path');
    expect(staleMarker(document('kb/refunds.md', '[Archived] Refund policy'))).toBe('title');
    expect(staleMarker(document('kb/api.md', 'Deprecated: API v1'))).toBe('title');
    expect(staleMarker(document('kb/api.md', 'API v1', ['deprecated']))).toBe('tag');
    expect(staleMarker(document('kb/api.md', 'API v1', [], 'superseded'))).toBe('type');
  });

  it('finds a document whose front matter names the document that replaces it', () => {
    expect(staleMarker({ ...document('kb/billing/refund-policy.md'), supersededBy: 'kb/billing/refunds.md' })).toBe('superseded');
    expect(staleMarker({ ...document('kb/billing/refund-policy.md'), supersededBy: null })).toBeNull();
    // Naming itself, whole or relative to its folder, is a slip, not a replacement.
    expect(staleMarker({ ...document('kb/billing/refunds.md'), supersededBy: './kb/billing/refunds.md' })).toBeNull();
    expect(staleMarker({ ...document('kb/billing/refunds.md'), supersededBy: 'refunds.md' })).toBeNull();
  });

  it('leaves current documents alone, even when a word merely contains a marker', () => {
    expect(staleMarker(document('kb/plans/plans-and-pricing.md'))).toBeNull();
    // A StackExchange title from the stackfaq corpus: about archiving, not archived.
    expect(staleMarker(document('1234', 'How do I retrieve a message I accidentally archived in Gmail?'))).toBeNull();
    expect(staleMarker(document('kb/billing/holds-and-folders.md', 'Golden rules for bold text'))).toBeNull();
    expect(staleMarker(document('kb/account/how-old-must-i-be.md'.replace('old', 'aged'), 'How old must I be to sign up?'))).toBeNull();
  });
});
