import type { Citation } from '@switchboard/spec';
import { describe, expect, it } from 'vitest';
import { renderPlainText, sourcesFooter } from './render-plain-text.js';

const citation = (index: number, fields: Partial<Citation> = {}): Citation => ({
  index,
  chunkId: `chunk-${index}`,
  documentId: `doc-${index}`,
  title: 'Refunds',
  section: 'Eligibility',
  path: 'kb/billing/refunds.md',
  url: null,
  page: null,
  ...fields,
});

describe('renderPlainText', () => {
  it('keeps a procedure as numbered steps and drops the Markdown around it (issue 15)', () => {
    const text = [
      '**Two-factor authentication**',
      '',
      '1. Go to **Profile > Security > Two-factor authentication**.',
      '2. Click `Turn on` and scan the code with an *authenticator* app.',
      '3. Enter the 6-digit code. [1]',
    ].join('\n');
    expect(renderPlainText(text, [citation(1, { title: 'Two-factor authentication', section: '' })])).toBe(
      [
        'Two-factor authentication',
        '',
        '1. Go to Profile > Security > Two-factor authentication.',
        '2. Click Turn on and scan the code with an authenticator app.',
        '3. Enter the 6-digit code. [1]',
        '',
        'Sources:',
        '[1] Two-factor authentication (kb/billing/refunds.md)',
      ].join('\n'),
    );
  });

  it('lists each source once, in index order, even when its marker appears three times', () => {
    const text =
      'Annual plans are refunded within 30 days. [1]\n\n- Card: 5–10 business days\n- PayPal: 1 day [2]\n\nMonthly plans are not refunded. [1]\n\nAsk us for a prorated credit of $12.50. [1]';
    const plain = renderPlainText(text, [
      citation(2, { title: 'Payment methods', section: 'Refund times', url: 'https://help.acme.com/payments#refund-times' }),
      citation(1, { url: 'https://help.acme.com/refunds' }),
      citation(1, { url: 'https://help.acme.com/refunds' }),
    ]);
    expect(plain.match(/\[1\]/g)).toHaveLength(4);
    expect(plain).toContain('- Card: 5–10 business days\n- PayPal: 1 day [2]');
    expect(plain).toContain('prorated credit of $12.50. [1]');
    expect(
      plain.endsWith(
        'Sources:\n[1] Refunds — Eligibility (https://help.acme.com/refunds)\n[2] Payment methods — Refund times (https://help.acme.com/payments#refund-times)',
      ),
    ).toBe(true);
  });

  it('gives a declined answer without citations no Sources block', () => {
    const declined = "I'm sorry, I don't know the answer to that from our help center, and I don't want to guess.";
    expect(renderPlainText(declined, [])).toBe(declined);
  });

  it('keeps link text, code as written, headings as lines and the page of a PDF source', () => {
    const text = [
      '## Exporting',
      '',
      'See [Export formats](https://help.acme.com/export) for `snake_case_columns` and **kwargs-free** calls. [1]',
      '',
      '```bash',
      'curl -H "Authorization: Bearer $TOKEN" https://api.acme.com/v1/export?format=*.csv',
      '```',
      '[1]',
    ].join('\n');
    expect(renderPlainText(text, [citation(1, { title: 'Admin guide', section: 'Export', path: 'kb/admin.pdf', page: 12 })])).toBe(
      [
        'Exporting',
        '',
        'See Export formats for snake_case_columns and kwargs-free calls. [1]',
        '',
        'curl -H "Authorization: Bearer $TOKEN" https://api.acme.com/v1/export?format=*.csv',
        '[1]',
        '',
        'Sources:',
        '[1] Admin guide — Export (kb/admin.pdf, p. 12)',
      ].join('\n'),
    );
  });

  it('leaves asterisks and underscores that are not emphasis alone', () => {
    expect(renderPlainText('2*3*4 = 24, file_name_here, https://x.com/_a_ and \\*literal\\* [1]', [])).toBe(
      '2*3*4 = 24, file_name_here, https://x.com/_a_ and *literal* [1]',
    );
  });

  it('turns * bullets, quotes and table rows into plain lines', () => {
    const text = '> Note: _only_ admins.\n\n* one\n+ two\n\n| Plan | Price |\n|---|---|\n| Team | $8 / seat |';
    expect(renderPlainText(text, [])).toBe('Note: only admins.\n\n- one\n- two\n\nPlan | Price\nTeam | $8 / seat');
  });
});

describe('sourcesFooter', () => {
  it('links a source only when it has a url', () => {
    expect(
      sourcesFooter([
        citation(2, { title: 'Security_FAQ', section: '', url: null }),
        citation(1, { url: 'https://help.acme.com/refunds (old)' }),
      ]),
    ).toBe('Sources:\n[1] [Refunds — Eligibility](https://help.acme.com/refunds%20%28old%29)\n[2] Security\\_FAQ');
  });

  it('is empty without citations', () => {
    expect(sourcesFooter([])).toBe('');
  });
});
