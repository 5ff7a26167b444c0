/** Test scaffolding: a help article's Markdown (front matter and body) as the chunks ingestion would store. */
import type { ChunkWithDocument } from '@switchboard/spec';
import { makeDocument } from '@switchboard/testkit';
import { chunkMarkdown } from '../../chunking/chunk-markdown.js';

/** Chunks of one article; title, audience, type and `superseded_by` come from its front matter. */
export function articleChunks(path: string, markdown: string): ChunkWithDocument[] {
  const [, front = '', body = markdown] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(markdown) ?? [];
  const field = (name: string): string | null => new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(front)?.[1]?.trim() ?? null;
  const supersededBy = field('superseded_by');
  const document = makeDocument({
    id: path,
    path,
    title: field('title') ?? path,
    audience: field('audience'),
    docType: field('type'),
    tags: [],
    ...(supersededBy ? { supersededBy } : {}),
  });
  return chunkMarkdown(document.title, body, { maxTokens: 320, overlapTokens: 40 }).map((draft) => ({
    id: `${path}:${draft.key}`,
    documentId: path,
    parentId: draft.parentKey === null ? null : `${path}:${draft.parentKey}`,
    kind: draft.kind,
    ordinal: draft.ordinal,
    breadcrumb: draft.breadcrumb,
    sectionPath: draft.sectionPath,
    text: draft.text,
    tokenCount: draft.tokenCount,
    page: draft.page,
    document,
  }));
}
