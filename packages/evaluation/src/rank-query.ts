/** Ranks documents for one evaluation query, with the conversation-aware rewrite when enabled. */
import { type RetrievedChunk } from '@switchboard/core/ranking';
import { type HybridRetriever } from '@switchboard/core/retrieval';
import {
  createSpellingCorrector,
  EntityGazetteer,
  entityTagPrefix,
  rewriteQuery,
  type ConversationTurn,
  type RewrittenQuery,
} from '@switchboard/core/rewrite';
import type { BeirQuery } from '@switchboard/ingest';
import type { ChunkWithDocument } from '@switchboard/spec';

export interface QueryRewriting {
  rewrite(query: BeirQuery): RewrittenQuery;
}

export function createQueryRewriting(retriever: HybridRetriever): QueryRewriting {
  const entities = retriever.lexical.entities();
  const gazetteer = entities.size > 0 ? new EntityGazetteer(entities) : null;
  const speller = createSpellingCorrector(retriever.lexical.vocabulary);
  return {
    rewrite(query) {
      // dstc11-style datasets keep the dialogue before the question in metadata.context.
      const history = Array.isArray(query.metadata['context']) ? (query.metadata['context'] as ConversationTurn[]) : [];
      return rewriteQuery(query.text, history, { gazetteer, speller });
    },
  };
}

export interface RankedQuery {
  readonly hits: RetrievedChunk[];
  readonly rewritten: RewrittenQuery | null;
}

export async function rankQuery(
  retriever: HybridRetriever,
  rewriting: QueryRewriting | null,
  query: BeirQuery,
  limit: number,
  rerank = true,
): Promise<RankedQuery> {
  const rewritten = rewriting?.rewrite(query) ?? null;
  const entities = new Set((rewritten?.entities ?? []).map((name) => `${entityTagPrefix}${name}`));
  const accept = entities.size > 0 ? (chunk: ChunkWithDocument) => chunk.document.tags.some((tag) => entities.has(tag)) : undefined;
  const reranker = retriever.reranker;
  if (!rerank) retriever.reranker = null;
  try {
    const hits = await retriever.retrieve({ query: rewritten?.query ?? query.text, limit, unit: 'document', accept });
    return { hits, rewritten };
  } finally {
    retriever.reranker = reranker;
  }
}
