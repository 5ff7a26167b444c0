/** Reads HTML pages: <title> or the first <h1> as title, meta tags for metadata, the main content as Markdown. */
import { parse } from 'node-html-parser';
import { SwitchboardError } from '@switchboard/spec';
import { decodeUtf8 } from './decode-utf8.js';
import { htmlToMarkdown } from './html-to-markdown.js';
import { titleFromFileName } from './markdown-reader.js';
import type { DocumentReader, ParsedDocument } from './parsed-document.js';

export const htmlReader: DocumentReader = {
  sourceType: 'html',
  extensions: ['.html', '.htm'],
  read({ path, bytes }): ParsedDocument {
    const text = decodeUtf8(path, bytes);
    const root = parse(text, { comment: false, blockTextElements: { script: false, style: false, pre: true, noscript: false } });
    const meta = (name: string): string | null =>
      root.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ??
      root.querySelector(`meta[property="${name}"]`)?.getAttribute('content') ??
      null;
    const main = root.querySelector('main') ?? root.querySelector('article') ?? root.querySelector('body') ?? root;
    const markdown = htmlToMarkdown(main);
    if (!markdown && !/<[a-z]/i.test(text)) {
      throw new SwitchboardError('INGEST_FILE_INVALID', `${path}: no HTML content found`, { details: { file: path } });
    }
    const updated = meta('updated') ?? meta('article:modified_time') ?? meta('last-modified');
    const updatedDate = updated ? new Date(updated) : null;
    const supersededBy = meta('superseded-by')?.trim();
    return {
      title: root.querySelector('title')?.text.trim() || main.querySelector('h1')?.text.trim() || titleFromFileName(path),
      parts: [{ markdown, page: null }],
      url: root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
      updatedAt: updatedDate && !Number.isNaN(updatedDate.getTime()) ? updatedDate.toISOString().slice(0, 10) : null,
      tags: (meta('keywords') ?? '')
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
      audience: meta('audience'),
      docType: meta('type'),
      ...(supersededBy ? { supersededBy } : {}),
    };
  },
};
