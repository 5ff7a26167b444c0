import { describe, expect, it } from 'vitest';
import { isCrossReferenceOnly } from './cross-reference-only.js';

describe('isCrossReferenceOnly', () => {
  it('finds sentences that only point to another article (issue 15)', () => {
    for (const sentence of [
      'See Two-factor authentication.',
      'See Export formats.',
      'For details, see Adding and removing seats.',
      'Learn more in Billing and invoices.',
      'Refer to Single sign-on.',
      'See also: Data retention.',
    ])
      expect(isCrossReferenceOnly(sentence), sentence).toBe(true);
  });

  it('keeps sentences that carry content of their own', () => {
    for (const sentence of [
      'Go to Profile > Security > Two-factor authentication.',
      'See the table below for the limits of each plan and what happens when a workspace reaches them.',
      'Seats are billed monthly; see your invoice for the 14 days of proration.',
      'Card refunds take 5–10 business days.',
    ])
      expect(isCrossReferenceOnly(sentence), sentence).toBe(false);
  });
});
