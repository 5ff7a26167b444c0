/** Loads a BEIR corpus into a temporary in-memory store and returns its chunks, ready for indexing. */
import { entityTagPrefix } from '@switchboard/core/rewrite';
import { readBeirCorpus, toChunks } from '@switchboard/ingest';
import { createSqliteStores } from '@switchboard/store-sqlite';
import type { SwitchboardConfig } from '@switchboard/config';
import type { ChunkWithDocument, KnowledgeDocument } from '@switchboard/spec';

export interface BeirChunks {
  readonly documents: number;
  readonly chunks: ChunkWithDocument[];
}

export async function loadBeirChunks(
  dir: string,
  config: SwitchboardConfig,
  onProgress?: (done: number, total: number, label: string) => void,
): Promise<BeirChunks> {
  const corpus = readBeirCorpus(dir);
  const stores = createSqliteStores(':memory:');
  try {
    const ingestedAt = new Date().toISOString();
    await stores.knowledge.upsertSource('eval', 'beir');
    for (const [i, row] of corpus.entries()) {
      if (i % 500 === 0) onProgress?.(i, corpus.length, 'indexing');
      const entity = row.metadata['entity_name'];
      const document: KnowledgeDocument = {
        id: row.id,
        sourceName: 'eval',
        sourceType: 'beir',
        path: row.id,
        url: null,
        title: row.title || row.id,
        updatedAt: null,
        // An entity named in the metadata (a product, a venue) becomes an entity tag that follow-ups can carry.
        tags: typeof entity === 'string' ? [`${entityTagPrefix}${entity}`] : [],
        audience: null,
        docType: null,
        contentHash: '',
        ingestedAt,
      };
      const parsed = {
        title: document.title,
        parts: [{ markdown: row.text, page: null }],
        url: null,
        updatedAt: null,
        tags: [],
        audience: null,
        docType: null,
      };
      await stores.knowledge.replaceDocument({ document, chunks: toChunks(document.id, parsed, config.chunking) });
    }
    return { documents: corpus.length, chunks: await stores.knowledge.listChunks() };
  } finally {
    stores.close();
  }
}
