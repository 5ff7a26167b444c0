/**
 * Reads PDF files through pdf.js (loaded lazily, so commands that read no PDF start fast): text in reading
 * order, headings from font size and weight, tables as pipe tables, one part per page for "p. 12" citations.
 */
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { SwitchboardError } from '@switchboard/spec';
import { titleFromFileName } from '../markdown-reader.js';
import type { DocumentReader, ParsedDocument, ParsedPart } from '../parsed-document.js';
import { toBlocks } from './pdf-blocks.js';
import { orderColumns } from './pdf-columns.js';
import { pdfBlocksToMarkdown } from './pdf-markdown.js';
import { removeRunningLines } from './pdf-running-lines.js';
import { toTextLines, type PdfTextItem, type TextLine } from './pdf-text-runs.js';

export interface PdfReaderOptions {
  /** Refuse PDFs with more pages than this (default 2000). */
  readonly maxPages?: number;
  /** Refuse PDF files larger than this many bytes, before reading them (default 200 MB). */
  readonly maxBytes?: number;
}

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | null = null;
const loadPdfJs = (): Promise<PdfJs> => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

export function createPdfReader(options: PdfReaderOptions = {}): DocumentReader {
  const maxPages = options.maxPages ?? 2000;
  return {
    sourceType: 'pdf',
    extensions: ['.pdf'],
    maxBytes: options.maxBytes ?? 200 * 1024 * 1024,
    read: ({ path, bytes }) => readPdf(path, bytes, maxPages),
  };
}

export const pdfReader: DocumentReader = createPdfReader();

async function readPdf(path: string, bytes: Uint8Array, maxPages: number): Promise<ParsedDocument> {
  const invalid = (reason: string, cause?: unknown): SwitchboardError =>
    new SwitchboardError('INGEST_FILE_INVALID', `${path}: ${reason}`, { cause, details: { file: path } });
  if (!startsWithPdfHeader(bytes)) throw invalid('not a PDF file (no %PDF header)');
  // pdf.js rebuilds a damaged cross-reference table and would return part of a cut-off file without complaint.
  if (!hasEndMarker(bytes)) throw invalid('the PDF is truncated (no %%EOF end marker); download or export it again');
  const { getDocument } = await loadPdfJs();
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException')
      throw invalid('the PDF is encrypted (password-protected); save an unprotected copy to ingest it', error);
    throw invalid(`not a readable PDF (${(error as Error).message}); the file may be truncated or damaged`, error);
  }
  try {
    if (document.numPages > maxPages) {
      throw invalid(`the PDF has ${document.numPages} pages, over the ${maxPages}-page limit; split it or raise maxPages`);
    }
    const pages: { lines: TextLine[]; height: number }[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      // Font names (hence bold) are known only once the page's operators have been read.
      await page.getOperatorList();
      const isBold = (fontName: string): boolean => {
        if (!page.commonObjs.has(fontName)) return false;
        const font = page.commonObjs.get(fontName) as { bold?: boolean; name?: string } | null;
        return Boolean(font?.bold) || /bold|black|heavy|semibold/i.test(font?.name ?? '');
      };
      const items = content.items.filter((item): item is PdfTextItem & typeof item => 'str' in item);
      pages.push({ lines: toTextLines(items, isBold), height: page.view[3]! - page.view[1]! });
      page.cleanup();
    }
    const empty = pages.flatMap((page, index) => (page.lines.length === 0 ? [index + 1] : []));
    if (empty.length === pages.length) {
      throw invalid(`no text on any of its ${pages.length} pages; it looks scanned — OCR is an optional plugin, not built in`);
    }
    const bodies = removeRunningLines(pages).map((lines) => toBlocks(orderColumns(lines)));
    const markdown = pdfBlocksToMarkdown(bodies);
    const parts: ParsedPart[] = markdown.flatMap((text, index) => (text ? [{ markdown: text, page: index + 1 }] : []));
    const info = ((await document.getMetadata()).info ?? {}) as { Title?: unknown; ModDate?: unknown };
    const firstHeading = /^#{1,2} (.+)$/m.exec(markdown.join('\n\n'))?.[1];
    return {
      title: (typeof info.Title === 'string' && info.Title.trim()) || firstHeading || titleFromFileName(path),
      parts,
      url: null,
      updatedAt: typeof info.ModDate === 'string' ? pdfDate(info.ModDate) : null,
      tags: [],
      audience: null,
      docType: null,
      warnings: empty.map(
        (page) => `${path}: page ${page} has no text (image-only or scanned); it was not indexed — OCR is an optional plugin`,
      ),
    };
  } finally {
    await document.destroy();
  }
}

function startsWithPdfHeader(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-');
}

function hasEndMarker(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(Math.max(0, bytes.length - 16 * 1024))).includes('%%EOF');
}

/** "D:20240501093000Z" or "D:20240501093000+02'00'" → "2024-05-01". */
function pdfDate(value: string): string | null {
  const match = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(value);
  if (!match) return null;
  return `${match[1]}-${match[2] ?? '01'}-${match[3] ?? '01'}`;
}
