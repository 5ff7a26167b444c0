import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docxReader } from './docx-reader.js';

describe('docxReader', () => {
  it('converts headings, paragraphs and tables to Markdown', async () => {
    const document = await docxReader.read({
      path: 'kb/warranty.docx',
      bytes: readFileSync(new URL('./__fixtures__/docx/warranty.docx', import.meta.url)),
    });
    expect(document.title).toBe('Warranty Policy');
    expect(document.parts[0]!.markdown).toBe(
      [
        '# Warranty Policy',
        'Every Acme kettle carries a two year warranty from the date of purchase.',
        '## Claim steps',
        'Send the serial number and a photo of the receipt to the warranty team.',
        '| Product | Warranty |\n| --- | --- |\n| Kettle K2 | 24 months |\n| Toaster T9 | 36 months |',
      ].join('\n\n'),
    );
  });

  it('refuses a file that is not a .docx archive, naming it', async () => {
    await expect(docxReader.read({ path: 'kb/old.docx', bytes: new TextEncoder().encode('\xd0\xcf legacy') })).rejects.toThrow(
      /^kb\/old\.docx: not a \.docx file/,
    );
  });
});
