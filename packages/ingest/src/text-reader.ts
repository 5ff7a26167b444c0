/** Reads plain-text files: paragraphs kept as they are, the first line as the title when it looks like one. */
import { decodeUtf8 } from './decode-utf8.js';
import { titleFromFileName } from './markdown-reader.js';
import type { DocumentReader, ParsedDocument } from './parsed-document.js';

export const textReader: DocumentReader = {
  sourceType: 'text',
  extensions: ['.txt', '.text'],
  read({ path, bytes }): ParsedDocument {
    const text = decodeUtf8(path, bytes).replace(/\r\n?/g, '\n').trim();
    const [firstLine = '', ...rest] = text.split('\n');
    // A short first line followed by a blank line is a title, as in a README or an e-mailed notice.
    const hasTitle = firstLine.length > 0 && firstLine.length <= 100 && rest[0]?.trim() === '' && !/[.:;,]$/.test(firstLine);
    const body = hasTitle ? rest.join('\n').trim() : text;
    // Plain text is not Markdown: characters that would start a heading, table row or quote are escaped.
    const markdown = body.replace(/^([#|>])/gm, '\\$1');
    return {
      title: hasTitle ? firstLine.trim() : titleFromFileName(path),
      parts: [{ markdown, page: null }],
      url: null,
      updatedAt: null,
      tags: [],
      audience: null,
      docType: null,
    };
  },
};
