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

    it('keeps the articles a document links as answers, and leaves the field out when there are none', () =>
      withStore(async (store) => {
        await store.upsertSource('tickets', 'folder');
        const linkedArticles = [{ question: 'Cannot log in', url: 'https://acme.zendesk.com/hc/en-us/articles/36-Reset' }];
        const ticket = makeDocument({ id: 't', sourceName: 'tickets', path: 'tickets.json#5003', linkedArticles });
        const plain = makeDocument({ id: 'p', sourceName: 'tickets', path: 'tickets.json#5004', linkedArticles: [] });
        await store.replaceDocument({ document: ticket, chunks: [toStoredChunk(makeChunk(ticket))] });
        await store.replaceDocument({ document: plain, chunks: [toStoredChunk(makeChunk(plain))] });
        expect(await store.findDocument('tickets', 'tickets.json#5003')).toEqual(ticket);
        expect((await store.getChunks(['t:s0.0']))[0]!.document.linkedArticles).toEqual(linkedArticles);
        expect(await store.findDocument('tickets', 'tickets.json#5004')).not.toHaveProperty('linkedArticles');
      }));

    it('moves the knowledge version on every document written or removed, and only then', () =>
      withStore(async (store) => {
        await store.upsertSource('kb', 'folder');
        const versions = [await store.knowledgeVersion()];
        const moved = async (): Promise<boolean> => {
          versions.push(await store.knowledgeVersion());
          return versions.at(-1)! > versions.at(-2)!;
        };
        const document = makeDocument();
        await store.replaceDocument({ document, chunks: [toStoredChunk(makeChunk(document))] });
        expect(await moved()).toBe(true);
        await store.listChunks();
        await store.markSourceSynced('kb', '2026-05-01T00:00:00.000Z');
        expect(await moved()).toBe(false);
        await store.replaceDocument({ document: makeDocument({ contentHash: 'hash-2' }), chunks: [toStoredChunk(makeChunk(document))] });
        expect(await moved()).toBe(true);
        const duplicate = toStoredChunk(makeChunk(document, { id: 'dup' }));
        await expect(
          store.replaceDocument({ document: makeDocument({ contentHash: 'hash-3' }), chunks: [duplicate, duplicate] }),
        ).rejects.toThrow();
        expect(await moved()).toBe(false);
        expect(await store.removeDocument('missing')).toBe(false);
        expect(await moved()).toBe(false);
        expect(await store.removeDocument(document.id)).toBe(true);
        expect(await moved()).toBe(true);
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

    it('lists documents with their chunk counts, of one source or of all (issue 18)', () =>
      withStore(async (store) => {
        await store.upsertSource('kb', 'folder');
        await store.upsertSource('faq', 'folder');
        const a = makeDocument({ id: 'a', path: 'a.md' });
        const b = makeDocument({ id: 'b', path: 'b.md' });
        const c = makeDocument({ id: 'c', path: 'c.md', sourceName: 'faq' });
        const chunksOf = (document: typeof a, count: number) =>
          Array.from({ length: count }, (_, ordinal) => toStoredChunk(makeChunk(document, { id: `${document.id}:${ordinal}`, ordinal })));
        await store.replaceDocument({ document: a, chunks: chunksOf(a, 3) });
        await store.replaceDocument({ document: b, chunks: chunksOf(b, 1) });
        await store.replaceDocument({ document: c, chunks: chunksOf(c, 2) });
        expect(await store.listDocumentStats('kb')).toEqual([
          { ...a, chunks: 3 },
          { ...b, chunks: 1 },
        ]);
        expect((await store.listDocumentStats()).map((document) => [document.id, document.chunks])).toEqual([
          ['c', 2],
          ['a', 3],
          ['b', 1],
        ]);
        expect(await store.listDocumentStats('missing')).toEqual([]);
      }));
  });
}
