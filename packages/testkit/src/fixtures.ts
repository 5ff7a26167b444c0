/** Builders for domain objects used across tests. */
import type { Chunk, ChunkWithDocument, KnowledgeDocument } from '@switchboard/spec';

export function makeDocument(overrides: Partial<KnowledgeDocument> = {}): KnowledgeDocument {
  return {
    id: 'doc_1',
    sourceName: 'kb',
    sourceType: 'markdown',
    path: 'kb/refunds.md',
    url: null,
    title: 'Refunds',
    updatedAt: '2026-01-02',
    tags: ['billing'],
    audience: 'all',
    docType: 'policy',
    contentHash: 'hash-1',
    ingestedAt: '2026-01-03T00:00:00.000Z',
    ...overrides,
  };
}

export function makeChunk(document: KnowledgeDocument, overrides: Partial<Chunk> = {}): ChunkWithDocument {
  const id = overrides.id ?? `${document.id}:s0.0`;
  return {
    id,
    documentId: document.id,
    parentId: null,
    kind: 'section',
    ordinal: 0,
    breadcrumb: document.title,
    sectionPath: [document.title],
    text: 'Annual plans can be refunded within 30 days.',
    tokenCount: 8,
    page: null,
    document,
    ...overrides,
  };
}

/** Strips the joined document so a chunk can be written. */
export function toStoredChunk(chunk: ChunkWithDocument): Chunk {
  const { document: _document, ...stored } = chunk;
  return stored;
}
