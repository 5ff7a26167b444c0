/** Reads Word documents (.docx) through mammoth (loaded lazily) to HTML, then our HTML-to-Markdown conversion. */
import { parse } from 'node-html-parser';
import { SwitchboardError } from '@switchboard/spec';
import { htmlToMarkdown } from './html-to-markdown.js';
import { titleFromFileName } from './markdown-reader.js';
import type { DocumentReader, ParsedDocument } from './parsed-document.js';

export const docxReader: DocumentReader = {
  sourceType: 'docx',
  extensions: ['.docx'],
  maxBytes: 100 * 1024 * 1024,
  async read({ path, bytes }): Promise<ParsedDocument> {
    // A .docx is a zip archive; anything else (an old binary .doc renamed, a truncated download) fails here.
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
      throw new SwitchboardError('INGEST_FILE_INVALID', `${path}: not a .docx file (not a zip archive); save it as Word .docx`, {
        details: { file: path },
      });
    }
    const mammoth = await import('mammoth');
    let html: string;
    try {
      html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
    } catch (error) {
      throw new SwitchboardError('INGEST_FILE_INVALID', `${path}: not a readable .docx file (${(error as Error).message})`, {
        cause: error,
        details: { file: path },
      });
    }
    const root = parse(`<body>${html}</body>`);
    const markdown = htmlToMarkdown(root);
    return {
      title: root.querySelector('h1')?.text.trim() || titleFromFileName(path),
      parts: [{ markdown, page: null }],
      url: null,
      updatedAt: null,
      tags: [],
      audience: null,
      docType: null,
    };
  },
};
