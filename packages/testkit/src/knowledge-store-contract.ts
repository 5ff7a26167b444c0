/** The contract every KnowledgeStore implementation passes (SQLite now, PostgreSQL later). */
import { describe, expect, it } from 'vitest';
import type { KnowledgeStore } from '@switchboard/spec';
import { makeChunk, makeDocument, toStoredChunk } from './fixtures.js';

export function knowledgeStoreContract(name: string, open: () => Promise<{ store: KnowledgeStore; close(): Promise<void> | void }>): void {
  describe(`KnowledgeStore contract: ${name}`, () => {
    const withStore = async (run: (store: KnowledgeStore) => Promise<void>): Promise<void> => {
      const { store, close } = await open();
      try {
        await run(store);
      } finally {
        await close();
      }
    };

    it('stores a document with its chunks and metadata', () =>
      withStore(async (store) => {
        await store.upsertSource('kb', 'folder');
        const document = makeDocument();
        const section = makeChunk(document);
        const child = makeChunk(document, { id: `${document.id}:s0.0.p0`, parentId: section.id, kind: 'paragraph', ordinal: 1, page: 3 });
        await store.replaceDocument({ document, chunks: [toStoredChunk(section), toStoredChunk(child)] });
        expect(await store.findDocument('kb', 'kb/refunds.md')).toEqual(document);
        const chunks = await store.listDocumentChunks(document.id);
        expect(chunks.map((c) => c.id)).toEqual([section.id, child.id]);
        expect(chunks[1]).toEqual(child);
        expect(await store.getChunks([child.id, 'missing'])).toEqual([child]);
      }));

    it('keeps the document that supersedes a document, and leaves the field out when there is none', () =>
      withStore(async (store) => {
        await store.upsertSource('kb', 'folder');
        const superseded = makeDocument({ id: 'old', path: 'kb/refund-policy.md', supersededBy: 'kb/refunds.md' });
        const current = makeDocument({ id: 'new', path: 'kb/refunds.md' });
        await store.replaceDocument({ document: superseded, chunks: [toStoredChunk(makeChunk(superseded))] });
        await store.replaceDocument({ document: current, chunks: [toStoredChunk(makeChunk(current))] });
        expect(await store.findDocument('kb', 'kb/refund-policy.md')).toEqual(superseded);
        expect((await store.getChunks([`${superseded.id}:s0.0`]))[0]!.document.supersededBy).toBe('kb/refunds.md');
        expect(await store.findDocument('kb', 'kb/refunds.md')).not.toHaveProperty('supersededBy');
      }));

    it('replaces a document and all of its old chunks', () =>
      withStore(async (store) => {
        await store.upsertSource('kb', 'folder');
        const first = makeDocument();
        await store.replaceDocument({
          document: first,
          chunks: [toStoredChunk(makeChunk(first)), toStoredChunk(makeChunk(first, { id: 'old-2', ordinal: 1 }))],
        });
        const second = makeDocument({ contentHash: 'hash-2', title: 'Refunds v2' });
        await store.replaceDocument({ document: second, chunks: [toStoredChunk(makeChunk(second, { text: 'new text' }))] });
        const chunks = await store.listChunks();
        expect(chunks).toHaveLength(1);
        expect(chunks[0]!.text).toBe('new text');
        expect(chunks[0]!.document.title).toBe('Refunds v2');
      }));

    it('leaves the old document intact when a replacement fails half-way', () =>
      withStore(async (store) => {
        await store.upsertSource('kb', 'folder');
        const document = makeDocument();
        await store.replaceDocument({ document, chunks: [toStoredChunk(makeChunk(document))] });
        const duplicate = toStoredChunk(makeChunk(document, { id: 'dup' }));
        await expect(
          store.replaceDocument({ document: makeDocument({ contentHash: 'hash-2' }), chunks: [duplicate, duplicate] }),
        ).rejects.toThrow();
        expect((await store.findDocument('kb', document.path))?.contentHash).toBe('hash-1');
        expect(await store.listChunks()).toHaveLength(1);
      }));

    it('removes documents with their chunks and counts per source', () =>
      withStore(async (store) => {
        await store.upsertSource('kb', 'folder');
        const a = makeDocument({ id: 'a', path: 'a.md' });
        const b = makeDocument({ id: 'b', path: 'b.md' });
        await store.replaceDocument({ document: a, chunks: [toStoredChunk(makeChunk(a))] });
        await store.replaceDocument({ document: b, chunks: [toStoredChunk(makeChunk(b))] });
        expect(await store.removeDocument('a')).toBe(true);
        expect(await store.removeDocument('a')).toBe(false);
        expect((await store.listDocuments('kb')).map((d) => d.id)).toEqual(['b']);
        await store.markSourceSynced('kb', '2026-05-01T00:00:00.000Z');
        expect(await store.listSources()).toEqual([
          { name: 'kb', type: 'folder', lastSyncedAt: '2026-05-01T00:00:00.000Z', documents: 1, chunks: 1 },
        ]);
      }));
  });
}
