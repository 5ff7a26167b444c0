import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPdfReader, pdfReader } from './pdf-reader.js';

const fixture = (name: string): { path: string; bytes: Uint8Array } => ({
  path: `kb/${name}`,
  bytes: readFileSync(new URL(`../__fixtures__/pdf/${name}`, import.meta.url)),
});

describe('pdfReader', () => {
  it('reads a two-column page column by column, with headings from font size and weight', async () => {
    const document = await pdfReader.read(fixture('manual.pdf'));
    expect(document.parts[0]).toEqual({
      page: 1,
      markdown: [
        '# Returns Handbook',
        '### Eligibility',
        'Items can be returned within 30 days of delivery if they are unused and in the original packaging.',
        '### Exceptions',
        'Gift cards and opened software are final sale and cannot be returned.',
        '### Refund timing',
        'Refunds reach the original payment method within 5 business days after the warehouse scans the parcel.',
        '### Store credit',
        'Store credit never expires and can be combined with discount codes.',
      ].join('\n\n'),
    });
    expect(document.title).toBe('Acme Returns Handbook');
    expect(document.updatedAt).toBe('2024-05-01');
  });

  it('emits tables as pipe tables and repeats the header on the page a table continues on', async () => {
    const { parts } = await pdfReader.read(fixture('manual.pdf'));
    expect(parts[1]).toEqual({
      page: 2,
      markdown: [
        '## Shipping rates',
        'Rates below apply to parcels up to 20 kg and include fuel surcharges.',
        [
          '| Region | Carrier | Price | Transit |',
          '| --- | --- | --- | --- |',
          '| Northern Europe | Nordpost Express | 12.50 EUR | 2 days |',
          '| Southern Europe | Via Rapida | 14.00 EUR | 3 days |',
          '| United Kingdom | Royal Parcel | 9.90 GBP | 2 days |',
          '| North America | Maple Freight | 24.00 USD | 5 days |',
        ].join('\n'),
      ].join('\n\n'),
    });
    expect(parts[2]!.page).toBe(3);
    expect(parts[2]!.markdown).toBe(
      [
        '| Region | Carrier | Price | Transit |',
        '| --- | --- | --- | --- |',
        '| Iceland | Frostline Cargo | 31.00 EUR | 6 days |',
        '| Australia | Southern Cross Post | 39.00 AUD | 9 days |',
        '',
        '## Contact',
        '',
        'Questions about rates go to the logistics desk, open weekdays 8:00 to 17:00.',
      ].join('\n'),
    );
  });

  it('drops the running header and footer and warns about the image-only page by number', async () => {
    const document = await pdfReader.read(fixture('manual.pdf'));
    const text = document.parts.map((part) => part.markdown).join('\n');
    expect(text).not.toContain('Acme Support Manual');
    expect(text).not.toMatch(/Page \d of 4/);
    expect(document.parts.map((part) => part.page)).toEqual([1, 2, 3]);
    expect(document.warnings).toEqual([expect.stringMatching(/^kb\/manual\.pdf: page 4 has no text \(image-only or scanned\)/)]);
  });

  it('refuses a PDF with no text at all as scanned, pointing at OCR', async () => {
    await expect(pdfReader.read(fixture('scanned.pdf'))).rejects.toMatchObject({
      code: 'INGEST_FILE_INVALID',
      message: expect.stringMatching(/^kb\/scanned\.pdf: no text on any of its 2 pages; it looks scanned — OCR is an optional plugin/),
    });
  });

  it('names encrypted, truncated and non-PDF files with the reason', async () => {
    await expect(pdfReader.read(fixture('encrypted.pdf'))).rejects.toThrow(
      /^kb\/encrypted\.pdf: the PDF is encrypted \(password-protected\)/,
    );
    await expect(pdfReader.read(fixture('truncated.pdf'))).rejects.toThrow(/^kb\/truncated\.pdf: the PDF is truncated/);
    await expect(pdfReader.read({ path: 'kb/fake.pdf', bytes: new TextEncoder().encode('hello') })).rejects.toThrow(
      /^kb\/fake\.pdf: not a PDF file/,
    );
  });

  it('caps the page count', async () => {
    await expect(createPdfReader({ maxPages: 3 }).read(fixture('manual.pdf'))).rejects.toThrow(
      'kb/manual.pdf: the PDF has 4 pages, over the 3-page limit; split it or raise maxPages',
    );
  });
});
