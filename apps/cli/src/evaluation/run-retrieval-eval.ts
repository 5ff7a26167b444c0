/** Retrieval evaluation on a BEIR-layout dataset: index the corpus in a temporary store, rank each judged query, score. */
import { averageMetrics, KnowledgeIndex, scoreRanking, type RetrievalMetrics } from '@switchboard/core';
import { readBeirCorpus, readBeirQrels, readBeirQueries, toChunks } from '@switchboard/ingest';
import { createSqliteStores } from '@switchboard/store-sqlite';
import type { SwitchboardConfig } from '@switchboard/config';
import type { ChunkWithDocument, KnowledgeDocument } from '@switchboard/spec';

export interface RetrievalEvalOptions {
  readonly dir: string;
  readonly split: string;
  readonly config: SwitchboardConfig;
  readonly onProgress?: (done: number, total: number, label: string) => void;
}

export interface RetrievalEvalResult extends RetrievalMetrics {
  readonly queries: number;
  readonly skipped: number;
  readonly documents: number;
  readonly chunks: number;
}

export async function runRetrievalEval(options: RetrievalEvalOptions): Promise<RetrievalEvalResult> {
  const corpus = readBeirCorpus(options.dir);
  const queries = readBeirQueries(options.dir);
  const qrels = readBeirQrels(options.dir, options.split);
  const stores = createSqliteStores(':memory:');
  try {
    const ingestedAt = new Date().toISOString();
    await stores.knowledge.upsertSource('eval', 'beir');
    for (const [i, row] of corpus.entries()) {
      if (i % 500 === 0) options.onProgress?.(i, corpus.length, 'indexing');
      const document: KnowledgeDocument = {
        id: row.id,
        sourceName: 'eval',
        sourceType: 'beir',
        path: row.id,
        url: null,
        title: row.title || row.id,
        updatedAt: null,
        tags: [],
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
      await stores.knowledge.replaceDocument({ document, chunks: toChunks(document.id, parsed, options.config.chunking) });
    }
    const chunks: ChunkWithDocument[] = await stores.knowledge.listChunks();
    const { k1, b, fieldWeights } = options.config.retrieval;
    const index = new KnowledgeIndex({ k1, b, fieldWeights });
    index.addChunks(chunks);

    const perQuery: RetrievalMetrics[] = [];
    let skipped = 0;
    const judged = [...qrels.entries()];
    for (const [i, [queryId, judgements]] of judged.entries()) {
      if (i % 100 === 0) options.onProgress?.(i, judged.length, 'querying');
      const query = queries.get(queryId);
      if (!query) {
        skipped += 1;
        continue;
      }
      const ranked = index.search(query.text, 100, 'document').map((hit) => hit.chunk.documentId);
      perQuery.push(scoreRanking(ranked, judgements));
    }
    options.onProgress?.(judged.length, judged.length, 'done');
    return { ...averageMetrics(perQuery), queries: perQuery.length, skipped, documents: corpus.length, chunks: chunks.length };
  } finally {
    stores.close();
  }
}
