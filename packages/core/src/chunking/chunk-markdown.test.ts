import { describe, expect, it } from 'vitest';
import { chunkMarkdown } from './chunk-markdown.js';

const article = `# Refunds

Intro paragraph about refunds and how long they take to arrive.

## Eligibility

Annual plans can be refunded within 30 days of purchase.

Monthly plans are not refunded but you can cancel any time.

### Exceptions

Enterprise contracts follow their order form.

## Pricing

| Plan | Price |
| --- | --- |
| Team | $12 |
| Business | $24 |
`;

describe('chunkMarkdown', () => {
  it('splits at H2 and H3 with a breadcrumb "Document > Section > Subsection"', () => {
    const chunks = chunkMarkdown('Refunds', article, { maxTokens: 200, overlapTokens: 0 });
    const sections = chunks.filter((c) => c.kind === 'section');
    expect(sections.map((c) => c.breadcrumb)).toEqual([
      'Refunds',
      'Refunds > Eligibility',
      'Refunds > Eligibility > Exceptions',
      'Refunds > Pricing',
    ]);
    expect(sections[2]!.sectionPath).toEqual(['Refunds', 'Eligibility', 'Exceptions']);
  });

  it('adds paragraph children that point at their parent section', () => {
    const chunks = chunkMarkdown('Refunds', article, { maxTokens: 200, overlapTokens: 0 });
    const eligibility = chunks.find((c) => c.kind === 'section' && c.breadcrumb === 'Refunds > Eligibility')!;
    const children = chunks.filter((c) => c.parentKey === eligibility.key);
    expect(children.map((c) => c.text)).toEqual([
      'Annual plans can be refunded within 30 days of purchase.',
      'Monthly plans are not refunded but you can cancel any time.',
    ]);
    expect(children.every((c) => c.kind === 'paragraph')).toBe(true);
  });

  it('keeps a table whole when it fits', () => {
    const chunks = chunkMarkdown('Refunds', article, { maxTokens: 200, overlapTokens: 0 });
    const pricing = chunks.find((c) => c.breadcrumb === 'Refunds > Pricing')!;
    expect(pricing.text).toBe('| Plan | Price |\n| --- | --- |\n| Team | $12 |\n| Business | $24 |');
  });

  it('splits a long table only between rows and repeats the header in every part', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `| Plan ${i} | ${i * 10} requests per minute for this plan tier |`).join('\n');
    const chunks = chunkMarkdown('Limits', `## Rate limits\n\n| Plan | Limit |\n| --- | --- |\n${rows}\n`, {
      maxTokens: 60,
      overlapTokens: 0,
    });
    const parts = chunks.filter((c) => c.kind === 'section');
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) {
      const lines = part.text.split('\n');
      expect(lines[0]).toBe('| Plan | Limit |');
      expect(lines[1]).toBe('| --- | --- |');
      expect(lines.slice(2).every((line) => /^\| Plan \d+ \| \d+ requests per minute for this plan tier \|$/.test(line))).toBe(true);
    }
    const allRows = parts.flatMap((p) => p.text.split('\n').slice(2));
    expect(new Set(allRows).size).toBe(40);
  });

  it('never splits a code block, even above the token limit', () => {
    const code = '```bash\n' + Array.from({ length: 50 }, (_, i) => `curl https://api.example.com/v1/items/${i}`).join('\n') + '\n```';
    const chunks = chunkMarkdown('API', `## Example\n\nRun this:\n\n${code}\n\nThen check the output.\n`, {
      maxTokens: 40,
      overlapTokens: 10,
    });
    const withCode = chunks.filter((c) => c.kind === 'section' && c.text.includes('```bash'));
    expect(withCode).toHaveLength(1);
    expect(withCode[0]!.text).toContain(code);
  });

  it('splits long sections within the token limit with overlap between parts', () => {
    const sentences = Array.from({ length: 30 }, (_, i) => `Sentence number ${i} explains one more detail of the export process.`);
    const chunks = chunkMarkdown('Export', `## Steps\n\n${sentences.join(' ')}\n`, { maxTokens: 50, overlapTokens: 12 });
    const parts = chunks.filter((c) => c.kind === 'section');
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) expect(part.tokenCount).toBeLessThanOrEqual(50);
    for (let i = 1; i < parts.length; i += 1) {
      const previousLast = parts[i - 1]!.text.split(/(?<=\.) /).at(-1)!;
      expect(parts[i]!.text.startsWith(previousLast)).toBe(true);
    }
    expect(parts.every((p) => p.breadcrumb === 'Export > Steps')).toBe(true);
  });
});
