import { describe, expect, it } from 'vitest';
import { parseAnswerMarkdown } from './parse-answer-markdown.js';

const text = (value: string) => ({ kind: 'text', text: value });
const citation = (index: number) => ({ kind: 'citation', index });

describe('parseAnswerMarkdown', () => {
  it('splits paragraphs at blank lines', () => {
    expect(parseAnswerMarkdown('Refunds take 5 days. [1]\n\nContact us for more. [2]')).toEqual([
      { kind: 'paragraph', children: [text('Refunds take 5 days. '), citation(1)] },
      { kind: 'paragraph', children: [text('Contact us for more. '), citation(2)] },
    ]);
  });

  it('reads a lead-in sentence and its numbered steps as a paragraph and a list, keeping the first number', () => {
    expect(parseAnswerMarkdown('To request a refund:\n3. Open **Orders**.\n4. Choose the item. [1]')).toEqual([
      { kind: 'paragraph', children: [text('To request a refund:')] },
      {
        kind: 'list',
        ordered: true,
        start: 3,
        items: [
          [text('Open '), { kind: 'strong', children: [text('Orders')] }, text('.')],
          [text('Choose the item. '), citation(1)],
        ],
      },
    ]);
  });

  it('reads bullet lists, and starts a new list when the kind changes', () => {
    expect(parseAnswerMarkdown('- Visa\n* Mastercard\n1. First')).toEqual([
      { kind: 'list', ordered: false, start: 1, items: [[text('Visa')], [text('Mastercard')]] },
      { kind: 'list', ordered: true, start: 1, items: [[text('First')]] },
    ]);
  });

  it('joins an indented line to the list item above', () => {
    expect(parseAnswerMarkdown('1. Open the app\n   and sign in.')).toEqual([
      { kind: 'list', ordered: true, start: 1, items: [[text('Open the app'), { kind: 'break' }, text('and sign in.')]] },
    ]);
  });

  it('keeps fenced code verbatim, blank lines and Markdown included', () => {
    expect(parseAnswerMarkdown('Run:\n\n```sh\nsb sync **now**\n\nsb status\n```\n[1]')).toEqual([
      { kind: 'paragraph', children: [text('Run:')] },
      { kind: 'code', text: 'sb sync **now**\n\nsb status' },
      { kind: 'paragraph', children: [citation(1)] },
    ]);
  });

  it('runs an unclosed fence to the end', () => {
    expect(parseAnswerMarkdown('```\ncode')).toEqual([{ kind: 'code', text: 'code' }]);
  });

  it('reads headings', () => {
    expect(parseAnswerMarkdown('## Refunds ##\nText')).toEqual([
      { kind: 'heading', children: [text('Refunds')] },
      { kind: 'paragraph', children: [text('Text')] },
    ]);
  });

  it('copes with Windows line ends and an empty answer', () => {
    expect(parseAnswerMarkdown('a\r\n\r\nb')).toHaveLength(2);
    expect(parseAnswerMarkdown('')).toEqual([]);
  });
});
