import { describe, expect, it } from 'vitest';
import { verifyReplyClaims } from './verify-reply-claims.js';

const policy = '- **Billing errors and duplicate charges:** always refunded in full, on any plan, if reported within **90 days**.';

describe('verifyReplyClaims', () => {
  it('lets a policy quoted from the cited Markdown stand, though the reply shows it without the emphasis', () => {
    const text = 'Billing errors and duplicate charges: always refunded in full, on any plan, if reported within 90 days. [1]';
    expect(verifyReplyClaims({ text, log: [], tools: [], quoted: [policy] }).allowed).toBe(true);
  });

  it('still blocks an action claim the knowledge does not say and the action log does not hold', () => {
    const text = 'I have refunded your duplicate charge in full. [1]';
    const verdict = verifyReplyClaims({ text, log: [], tools: [], quoted: [policy] });
    expect(verdict.allowed).toBe(false);
    expect(verdict.unsupported.map((claim) => claim.text).join(' ')).toMatch(/refunded/);
  });

  it("lets a table row the extractive composer rendered stand, as a list item, though the table's Markdown differs", () => {
    const table = '| Refunded to | When it arrives |\n|---|---|\n| Credit card | 5 to 7 business days |';
    const row = 'Refunded to: Credit card; When it arrives: 5 to 7 business days.';
    const text = `- ${row} [1]`;
    expect(verifyReplyClaims({ text, log: [], tools: [], quoted: [table] }).allowed).toBe(false);
    expect(verifyReplyClaims({ text, log: [], tools: [], quoted: [table, row] }).allowed).toBe(true);
  });
});
