import { describe, expect, it } from 'vitest';
import { parseInlineMarkdown, safeHref } from './parse-inline-markdown.js';

const text = (value: string) => ({ kind: 'text', text: value });

describe('parseInlineMarkdown', () => {
  it('reads bold, emphasis and inline code', () => {
    expect(parseInlineMarkdown('Open **Settings** then *Billing* and run `sb sync`.')).toEqual([
      text('Open '),
      { kind: 'strong', children: [text('Settings')] },
      text(' then '),
      { kind: 'emphasis', children: [text('Billing')] },
      text(' and run '),
      { kind: 'code', text: 'sb sync' },
      text('.'),
    ]);
  });

  it('turns [n] markers into citations, several in one bracket too', () => {
    expect(parseInlineMarkdown('Refunds take 5 days. [1]')).toEqual([text('Refunds take 5 days. '), { kind: 'citation', index: 1 }]);
    expect(parseInlineMarkdown('Both apply [2, 3]')).toEqual([
      text('Both apply '),
      { kind: 'citation', index: 2 },
      { kind: 'citation', index: 3 },
    ]);
  });

  it('keeps brackets that are not markers as text', () => {
    expect(parseInlineMarkdown('[draft] in 2024 [2024]')).toEqual([text('[draft] in 2024 [2024]')]);
  });

  it('reads links and keeps only http, https and mailto targets', () => {
    expect(parseInlineMarkdown('See [the guide](https://help.test/guide).')).toEqual([
      text('See '),
      { kind: 'link', href: 'https://help.test/guide', children: [text('the guide')] },
      text('.'),
    ]);
    expect(parseInlineMarkdown('[click](javascript:alert(1))')).not.toContainEqual(expect.objectContaining({ kind: 'link' }));
    expect(parseInlineMarkdown('[x](data:text/html,hi)')).toEqual([text('x')]);
  });

  it('links bare URLs without the punctuation that ends the sentence', () => {
    expect(parseInlineMarkdown('Go to https://help.test/a_(b). Then')).toEqual([
      text('Go to '),
      { kind: 'link', href: 'https://help.test/a_(b)', children: [text('https://help.test/a_(b)')] },
      text('. Then'),
    ]);
  });

  it('keeps HTML as text: nothing becomes markup', () => {
    const nodes = parseInlineMarkdown('<img src=x onerror="alert(1)"> & <b>bold</b>');
    expect(nodes).toEqual([text('<img src=x onerror="alert(1)"> & <b>bold</b>')]);
  });

  it('keeps Markdown inside code spans literal and honours backslash escapes', () => {
    expect(parseInlineMarkdown('`**not bold** [1]`')).toEqual([{ kind: 'code', text: '**not bold** [1]' }]);
    expect(parseInlineMarkdown('\\*literal\\* \\[1\\]')).toEqual([text('*literal* [1]')]);
  });

  it('leaves lone asterisks and arithmetic alone', () => {
    expect(parseInlineMarkdown('5 * 3 * 2 and a * b')).toEqual([text('5 * 3 * 2 and a * b')]);
  });

  it('turns a newline into a line break', () => {
    expect(parseInlineMarkdown('line one\nline two')).toEqual([text('line one'), { kind: 'break' }, text('line two')]);
  });
});

describe('safeHref', () => {
  it('accepts web and mail addresses and refuses script, data and relative ones', () => {
    expect(safeHref('https://help.test/a b')).toBe('https://help.test/a%20b');
    expect(safeHref('mailto:help@shop.test')).toBe('mailto:help@shop.test');
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', '/relative', '//evil.test/x', 'vbscript:x'])
      expect(safeHref(href), href).toBeNull();
  });
});
