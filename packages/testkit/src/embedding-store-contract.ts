/** The contract every EmbeddingStore implementation passes. */
import { describe, expect, it } from 'vitest';
import type { EmbeddingStore, KnowledgeStore } from '@switchboard/spec';
import { makeChunk, makeDocument, toStoredChunk } from './fixtures.js';

export interface EmbeddingStoreHarness {
  /** The store the chunks live in; vectors refer to its chunks. */
  readonly knowledge: KnowledgeStore;
  readonly embeddings: EmbeddingStore;
  close(): Promise<void> | void;
}

const document = makeDocument();
const chunks = [makeChunk(document, { id: 'doc_1:s0.0' }), makeChunk(document, { id: 'doc_1:s0.1', ordinal: 1 })];
const vector = (...values: number[]) => Float32Array.from(values);

async function withChunks(open: () => Promise<EmbeddingStoreHarness>): Promise<EmbeddingStoreHarness> {
  const harness = await open();
  await harness.knowledge.upsertSource('kb', 'markdown');
  await harness.knowledge.replaceDocument({ document, chunks: chunks.map(toStoredChunk) });
  return harness;
}

export function embeddingStoreContract(name: string, open: () => Promise<EmbeddingStoreHarness>): void {
  describe(`EmbeddingStore contract: ${name}`, () => {
    it('reads back saved vectors exactly, under their model only', async () => {
      const { embeddings, close } = await withChunks(open);
      try {
        await embeddings.saveVectors('model-a', [
          { chunkId: 'doc_1:s0.0', textHash: 'h0', vector: vector(0.25, -1.5, 3) },
          { chunkId: 'doc_1:s0.1', textHash: 'h1', vector: vector(1, 2, 3) },
        ]);
        await embeddings.saveVectors('model-b', [{ chunkId: 'doc_1:s0.0', textHash: 'h0', vector: vector(9, 9, 9, 9) }]);
        const a = await embeddings.loadVectors('model-a');
        expect(a.sort((x, y) => x.chunkId.localeCompare(y.chunkId))).toEqual([
          { chunkId: 'doc_1:s0.0', textHash: 'h0', vector: vector(0.25, -1.5, 3) },
          { chunkId: 'doc_1:s0.1', textHash: 'h1', vector: vector(1, 2, 3) },
        ]);
        expect(await embeddings.loadVectors('model-b')).toEqual([{ chunkId: 'doc_1:s0.0', textHash: 'h0', vector: vector(9, 9, 9, 9) }]);
        expect(await embeddings.loadVectors('model-c')).toEqual([]);
      } finally {
        await close();
      }
    });

    it('replaces a chunk vector saved again under the same model', async () => {
      const { embeddings, close } = await withChunks(open);
      try {
        await embeddings.saveVectors('model-a', [{ chunkId: 'doc_1:s0.0', textHash: 'old', vector: vector(1, 0) }]);
        await embeddings.saveVectors('model-a', [{ chunkId: 'doc_1:s0.0', textHash: 'new', vector: vector(0, 1) }]);
        expect(await embeddings.loadVectors('model-a')).toEqual([{ chunkId: 'doc_1:s0.0', textHash: 'new', vector: vector(0, 1) }]);
      } finally {
        await close();
      }
    });

    it('drops the vectors of a deleted document and refuses vectors for unknown chunks', async () => {
      const { knowledge, embeddings, close } = await withChunks(open);
      try {
        await embeddings.saveVectors('model-a', [{ chunkId: 'doc_1:s0.0', textHash: 'h0', vector: vector(1, 2) }]);
        await knowledge.removeDocument(document.id);
        expect(await embeddings.loadVectors('model-a')).toEqual([]);
        await expect(embeddings.saveVectors('model-a', [{ chunkId: 'nope', textHash: 'h', vector: vector(1) }])).rejects.toThrow();
      } finally {
        await close();
      }
    });
  });
}
