import { describe, expect, it } from 'vitest';
import { loadConfig } from '@switchboard/config';
import { createSqliteStores } from '@switchboard/store-sqlite';
import { makeChunk, makeDocument, recordingEmbedder, toStoredChunk } from '@switchboard/testkit';
import type { ChunkWithDocument } from '@switchboard/spec';
import { buildRetriever, chunkVectors } from './build-retriever.js';

/** A fake model whose vectors carry a per-model marker, so a mixed-up vector is visible; it counts what it embeds. */
const countingEmbedder = (id: string, marker: number) =>
  recordingEmbedder({ id, dimensions: 2, maxBatchSize: 2, vectorOf: (text) => Float32Array.from([marker, text.length]) });

async function storeWithChunks(texts: string[]) {
  const stores = createSqliteStores(':memory:');
  const document = makeDocument();
  const chunks = texts.map((text, i) => makeChunk(document, { id: `doc_1:s${i}`, ordinal: i, text }));
  await stores.knowledge.upsertSource('kb', 'markdown');
  await stores.knowledge.replaceDocument({ document, chunks: chunks.map(toStoredChunk) });
  return { stores, chunks: await stores.knowledge.listChunks() };
}

describe('chunkVectors', () => {
  it('embeds every chunk once, then only the chunks that are new or whose text changed', async () => {
    const { stores, chunks } = await storeWithChunks(['Refunds take 5 days.', 'Shipping is free.', 'Call us.']);
    try {
      const model = countingEmbedder('fake:a', 1);
      await chunkVectors(model, chunks, stores.embeddings);
      expect(model.calls.flat()).toHaveLength(3);
      const edited: ChunkWithDocument[] = chunks.map((chunk, i) => (i === 1 ? { ...chunk, text: 'Shipping costs $5.' } : chunk));
      const again = await chunkVectors(model, edited, stores.embeddings);
      expect(model.calls.flat()).toHaveLength(4);
      expect(model.calls.flat()[3]).toContain('Shipping costs $5.');
      expect(again.map((entry) => entry.id)).toEqual(chunks.map((chunk) => chunk.id));
    } finally {
      stores.close();
    }
  });

  it('re-embeds everything for a different model and never hands one model the vectors of another', async () => {
    const { stores, chunks } = await storeWithChunks(['Refunds take 5 days.', 'Shipping is free.']);
    try {
      const modelA = countingEmbedder('fake:a', 1);
      const modelB = countingEmbedder('fake:b', 2);
      await chunkVectors(modelA, chunks, stores.embeddings);
      const forB = await chunkVectors(modelB, chunks, stores.embeddings);
      expect(modelB.calls.flat()).toHaveLength(2);
      expect(forB.every((entry) => entry.vector[0] === 2)).toBe(true);
      const backToA = await chunkVectors(modelA, chunks, stores.embeddings);
      expect(modelA.calls.flat()).toHaveLength(2);
      expect(backToA.every((entry) => entry.vector[0] === 1)).toBe(true);
    } finally {
      stores.close();
    }
  });
});

describe('buildRetriever', () => {
  it('ranks a document that calls itself old below a current one on the same topic (issue 15)', async () => {
    const stores = createSqliteStores(':memory:');
    try {
      const old = makeDocument({ id: 'doc_old', path: 'kb/plans/old-team-plan-pricing.md', title: 'Team plan pricing', contentHash: 'a' });
      const current = makeDocument({ id: 'doc_new', path: 'kb/plans/plans-and-pricing.md', title: 'Plans and pricing', contentHash: 'b' });
      await stores.knowledge.upsertSource('kb', 'markdown');
      // The retired page matches the question better, word for word.
      const text = {
        old: 'Team plan seats: the Team plan requires a minimum of 3 seats.',
        current: 'The Team plan has no minimum number of seats.',
      };
      await stores.knowledge.replaceDocument({
        document: old,
        chunks: [toStoredChunk(makeChunk(old, { id: 'doc_old:s0', text: text.old }))],
      });
      await stores.knowledge.replaceDocument({
        document: current,
        chunks: [toStoredChunk(makeChunk(current, { id: 'doc_new:s0', text: text.current }))],
      });
      const config = loadConfig('/nonexistent-switchboard-workspace');
      const retriever = await buildRetriever(config, await stores.knowledge.listChunks(), { mode: 'lexical' });
      const hits = await retriever.retrieve({ query: 'how many seats does the team plan require', limit: 2 });
      expect(hits.map((hit) => hit.chunk.document.id)).toEqual(['doc_new', 'doc_old']);
    } finally {
      stores.close();
    }
  });

  it('builds the dense index from stored vectors without embedding again', async () => {
    const { stores, chunks } = await storeWithChunks(['Refunds are issued within 5 business days.', 'Express shipping costs $12.']);
    try {
      const config = loadConfig('/nonexistent-switchboard-workspace');
      const model = countingEmbedder('fake:a', 1);
      await chunkVectors(model, chunks, stores.embeddings);
      const retriever = await buildRetriever(config, chunks, { mode: 'hybrid', embeddings: stores.embeddings, embedder: model });
      expect(model.calls.flat()).toHaveLength(2);
      expect(retriever.dense?.size).toBe(2);
      expect(retriever.dense?.searchKind).toBe('exact');
    } finally {
      stores.close();
    }
  });

  it('switches dense search to HNSW, or to the built-in inverted file, at retrieval.approximateAbove', async () => {
    const { stores, chunks } = await storeWithChunks(['Refunds are issued within 5 business days.', 'Express shipping costs $12.']);
    try {
      const base = loadConfig('/nonexistent-switchboard-workspace');
      const model = countingEmbedder('fake:a', 1);
      const withHnsw = { ...base, retrieval: { ...base.retrieval, approximateAbove: 2 } };
      const hnsw = await buildRetriever(withHnsw, chunks, { mode: 'dense', embedder: model });
      expect(hnsw.dense?.searchKind).toBe('hnsw');
      const exact = await buildRetriever(base, chunks, { mode: 'dense', embedder: model });
      const top = async (retriever: typeof exact) =>
        (await retriever.retrieve({ query: 'refunds within 5 business days', limit: 2 })).map((hit) => hit.chunk.id);
      expect(await top(hnsw)).toEqual(await top(exact));
      const withIvf = { ...base, retrieval: { ...base.retrieval, approximateAbove: 2, approximateIndex: 'ivf' as const } };
      // Two vectors are too few to partition: the inverted file keeps exact search until it has 4 per cell.
      expect((await buildRetriever(withIvf, chunks, { mode: 'dense', embedder: model })).dense?.searchKind).toBe('exact');
    } finally {
      stores.close();
    }
  });
});
