/** Retrieval evaluation on a BEIR-layout dataset: index the corpus in a temporary store, rank each judged query, score. */
import {
  averageMetrics,
  createSpellingCorrector,
  EntityGazetteer,
  entityTagPrefix,
  rewriteQuery,
  scoreRanking,
  type ConversationTurn,
  type RetrievalMetrics,
} from '@switchboard/core';
import { readBeirCorpus, readBeirQrels, readBeirQueries, toChunks } from '@switchboard/ingest';
import { createSqliteStores } from '@switchboard/store-sqlite';
import type { SwitchboardConfig } from '@switchboard/config';
import type { ChunkWithDocument, KnowledgeDocument } from '@switchboard/spec';
import { buildRetriever } from '../retriever.js';

export interface RetrievalEvalOptions {
  readonly dir: string;
  readonly split: string;
  readonly config: SwitchboardConfig;
  readonly mode?: 'lexical' | 'dense' | 'hybrid';
  /** Query rewriting (conversation context, spelling); on unless false. */
  readonly rewrite?: boolean;
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
        // An entity named in the metadata (a product, a venue) becomes an entity tag that follow-ups can carry.
        tags: typeof row.metadata['entity_name'] === 'string' ? [`${entityTagPrefix}${row.metadata['entity_name']}`] : [],
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
    const retriever = await buildRetriever(options.config, chunks, { mode: options.mode, quiet: true });
    const entityNames = retriever.lexical.entities();
    const gazetteer = entityNames.size > 0 ? new EntityGazetteer(entityNames) : null;
    const speller = createSpellingCorrector(retriever.lexical.vocabulary);

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
      const history = Array.isArray(query.metadata['context']) ? (query.metadata['context'] as ConversationTurn[]) : [];
      const rewritten = options.rewrite === false ? null : rewriteQuery(query.text, history, { gazetteer, speller });
      const entities = new Set((rewritten?.entities ?? []).map((name) => `${entityTagPrefix}${name}`));
      const accept = entities.size > 0 ? (chunk: ChunkWithDocument) => chunk.document.tags.some((tag) => entities.has(tag)) : undefined;
      const ranked = (await retriever.retrieve({ query: rewritten?.query ?? query.text, limit: 100, unit: 'document', accept })).map(
        (hit) => hit.chunk.documentId,
      );
      perQuery.push(scoreRanking(ranked, judgements));
    }
    options.onProgress?.(judged.length, judged.length, 'done');
    return { ...averageMetrics(perQuery), queries: perQuery.length, skipped, documents: corpus.length, chunks: chunks.length };
  } finally {
    stores.close();
  }
}
