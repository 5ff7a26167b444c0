/** Reads Markdown and MDX files: front matter for metadata, the body as one Markdown part. */
import { basename, extname } from 'node:path';
import { decodeUtf8 } from './decode-utf8.js';
import { splitFrontMatter } from './front-matter.js';
import type { DocumentReader, ParsedDocument } from './parsed-document.js';

export const markdownReader: DocumentReader = {
  sourceType: 'markdown',
  extensions: ['.md', '.markdown', '.mdx'],
  read({ path, bytes }): ParsedDocument {
    const { frontMatter, body } = splitFrontMatter(path, decodeUtf8(path, bytes));
    const markdown = extname(path).toLowerCase() === '.mdx' ? stripMdx(body) : body;
    const heading = /^#\s+(.+?)\s*#*\s*$/m.exec(markdown)?.[1];
    return {
      title: frontMatter.title ?? heading ?? titleFromFileName(path),
      parts: [{ markdown, page: null }],
      url: frontMatter.url,
      updatedAt: frontMatter.updatedAt,
      tags: frontMatter.tags,
      audience: frontMatter.audience,
      docType: frontMatter.docType,
      ...(frontMatter.supersededBy ? { supersededBy: frontMatter.supersededBy } : {}),
    };
  },
};

/** MDX adds imports, exports and JSX components; keep the prose and the children of components. */
function stripMdx(body: string): string {
  return body
    .replace(/^(?:import|export)\s.*$/gm, '')
    .replace(/<[A-Z][\w.]*(?:\s[^>]*)?\/>/g, '')
    .replace(/<\/?[A-Z][\w.]*(?:\s[^>]*)?>/g, '');
}

export function titleFromFileName(path: string): string {
  const name = basename(path, extname(path)).replace(/[-_]+/g, ' ').trim();
  return name.charAt(0).toUpperCase() + name.slice(1);
}
