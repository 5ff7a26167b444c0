import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvFaqReader } from './csv-faq-reader.js';
import { parseCsv } from './parse-csv.js';

const read = (text: string) => csvFaqReader.read({ path: 'kb/faq.csv', bytes: new TextEncoder().encode(text) });

describe('csvFaqReader', () => {
  it('makes one section per question, grouped by category, with quoted fields intact', async () => {
    const document = await csvFaqReader.read({
      path: 'kb/faq.csv',
      bytes: readFileSync(new URL('./__fixtures__/csv/faq.csv', import.meta.url)),
    });
    expect(document.docType).toBe('faq');
    expect(document.parts[0]!.markdown).toBe(
      [
        '## Shipping',
        '### Do you ship to Iceland?',
        'Yes. Iceland orders ship with Frostline Cargo and take about 6 days.',
        '### Can I change the address, after ordering?',
        'Only before the parcel is packed; write to us within 2 hours and quote the "order number".',
        '## Payments',
        '### Which cards do you accept?',
        'Visa, Mastercard and American Express.\nApple Pay works on iOS.',
      ].join('\n\n'),
    );
  });

  it('reads a headerless two-column file and semicolon-separated files', async () => {
    expect((await read('How long is shipping?,Three days\n')).parts[0]!.markdown).toBe('## How long is shipping?\n\nThree days');
    expect((await read('Frage;Antwort\nWie lange?;Drei Tage\n')).parts[0]!.markdown).toBe('## Wie lange?\n\nDrei Tage');
  });

  it('names the file and line of a broken quote, and a missing header', async () => {
    expect(() => read('question,answer\n"Open quote,never closed\n')).toThrow(
      'kb/faq.csv: a quoted field opened on line 2 is never closed',
    );
    expect(() => read('a,b,c\n1,2,3\n')).toThrow(/^kb\/faq\.csv: no "question" and "answer" header columns/);
  });
});

describe('parseCsv', () => {
  it('keeps delimiters, doubled quotes and line breaks inside quoted fields', () => {
    expect(parseCsv('x.csv', 'a,"b,c","say ""hi""","line\nbreak"\r\n1,2,3,4')).toEqual([
      ['a', 'b,c', 'say "hi"', 'line\nbreak'],
      ['1', '2', '3', '4'],
    ]);
  });
});
