/**
 * The console's knowledge pages: sources with their last sync and counts, documents with their freshness, chunks (a
 * citation opens its chunk), and a search playground that ranks with the index the pipeline answers from.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { SwitchboardError, type ChunkWithDocument, type Clock, type KnowledgeDocument, type KnowledgeStore } from '@switchboard/spec';
import { describeRetrievedChunk } from '@switchboard/core/pipeline';
import { retrieveQuestionParts, type PartRetriever } from '@switchboard/core/retrieval';
import { analyze } from '@switchboard/core/text';
import type { Validate } from '../request-validation.js';

export interface KnowledgeRouteDependencies {
  /** The workspace's knowledge; every route here answers 404 saying so when the server was built without it. */
  readonly knowledge?: KnowledgeStore;
  /** The index the pipeline answers from now (a refreshing pipeline swaps it); the search route answers 404 without it. */
  readonly retriever?: () => PartRetriever;
  readonly clock: Clock;
  readonly validate: Validate;
}

/**
 * A document whose content is older than this is shown as stale. Config has no knowledge-health setting yet; half a
 * year is when a help-center article is commonly due for review.
 */
export const staleAfterDays = 180;

const dayMilliseconds = 86_400_000;

export const documentListQuery = z.strictObject({ source: z.string().trim().min(1).max(200).optional() });

export const knowledgeSearchBody = z.strictObject({
  query: z.string().trim().min(1, 'query must not be empty').max(1000, 'query is longer than 1000 characters'),
  /** Hits per part of the question, as the pipeline's topK (a two-part question adds its second part's hits). */
  limit: z
    .number()
    .int('limit must be a whole number')
    .min(1, 'limit must be from 1 to 50')
    .max(50, 'limit must be from 1 to 50')
    .optional(),
});

const defaultSearchLimit = 10;

export function registerKnowledgeRoutes(app: FastifyInstance, deps: KnowledgeRouteDependencies): void {
  const store = (): KnowledgeStore => {
    if (!deps.knowledge)
      throw new SwitchboardError('NOT_FOUND', 'this server was started without a knowledge store (switchboard serve gives it one)');
    return deps.knowledge;
  };
  const documentView = (document: KnowledgeDocument, chunks: number) => {
    // The source's own date says how old the content is; without one, the last time it was stored is the best bound.
    const since = document.updatedAt ?? document.ingestedAt;
    const ageDays = Math.max(0, Math.floor((deps.clock() - Date.parse(since)) / dayMilliseconds));
    return {
      id: document.id,
      source: document.sourceName,
      path: document.path,
      title: document.title,
      url: document.url,
      updatedAt: document.updatedAt,
      ingestedAt: document.ingestedAt,
      docType: document.docType,
      chunks,
      freshness: { ageDays, stale: ageDays > staleAfterDays, basis: document.updatedAt ? 'updatedAt' : 'ingestedAt' },
    };
  };

  app.get('/v1/knowledge/sources', async () => ({ sources: await store().listSources() }));

  app.get('/v1/knowledge/documents', async (request) => {
    const { source } = deps.validate(documentListQuery, request.query ?? {}, 'query');
    const knowledge = store();
    if (source !== undefined && !(await knowledge.listSources()).some((known) => known.name === source))
      throw new SwitchboardError('NOT_FOUND', `no source is named '${source}' (GET /v1/knowledge/sources lists them)`);
    const documents = await knowledge.listDocumentStats(source);
    return { staleAfterDays, documents: documents.map((document) => documentView(document, document.chunks)) };
  });

  app.get<{ Params: { id: string } }>('/v1/knowledge/documents/:id/chunks', async (request) => {
    const knowledge = store();
    const chunks = await knowledge.listDocumentChunks(request.params.id);
    // A document stored without chunks still exists: look it up among the documents rather than answer 404.
    const document = chunks[0]?.document ?? (await knowledge.listDocumentStats()).find((stored) => stored.id === request.params.id);
    if (!document) throw new SwitchboardError('NOT_FOUND', `document ${request.params.id} does not exist`);
    return { document: documentView(document, chunks.length), chunks: chunks.map(chunkView) };
  });

  app.get<{ Params: { id: string } }>('/v1/knowledge/chunks/:id', async (request) => {
    const [chunk] = await store().getChunks([request.params.id]);
    if (!chunk)
      throw new SwitchboardError(
        'NOT_FOUND',
        `chunk ${request.params.id} does not exist (re-ingesting a document gives its chunks new ids)`,
      );
    return chunkView(chunk);
  });

  app.post('/v1/knowledge/search', async (request) => {
    const body = deps.validate(knowledgeSearchBody, request.body);
    if (!deps.retriever)
      throw new SwitchboardError('NOT_FOUND', 'this server was started without a search index (switchboard serve builds one)');
    // As the pipeline's retrieve stage ranks for an anonymous customer, on the question as written (no rewriting).
    const hits = await retrieveQuestionParts(deps.retriever(), {
      query: body.query,
      limit: body.limit ?? defaultSearchLimit,
      askerRole: 'end-user',
    });
    return {
      query: body.query,
      terms: analyze(body.query),
      results: hits.map((hit, index) => ({ rank: index + 1, ...describeRetrievedChunk(hit), text: hit.chunk.text })),
    };
  });
}

function chunkView(chunk: ChunkWithDocument) {
  return {
    id: chunk.id,
    documentId: chunk.documentId,
    parentId: chunk.parentId,
    kind: chunk.kind,
    ordinal: chunk.ordinal,
    text: chunk.text,
    breadcrumb: chunk.breadcrumb,
    sectionPath: chunk.sectionPath,
    page: chunk.page,
    tokenCount: chunk.tokenCount,
    document: {
      id: chunk.document.id,
      title: chunk.document.title,
      path: chunk.document.path,
      url: chunk.document.url,
      source: chunk.document.sourceName,
    },
  };
}
