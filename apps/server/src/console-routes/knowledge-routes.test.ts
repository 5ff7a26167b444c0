/** Issue 18 item 4: the console's knowledge pages (sources, documents with freshness, chunks, search), over real SQLite. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { HybridRetriever, KnowledgeIndex } from '@switchboard/core/retrieval';
import { createSqliteStores, type SqliteStores } from '@switchboard/store-sqlite';
import { makeChunk, makeDocument, toStoredChunk } from '@switchboard/testkit';
import { createTestKey, withKey } from '../__fixtures__/test-api-keys.js';
import { keyedApp } from '../__fixtures__/keyed-app.js';

let counter = 0;
const newId = (prefix?: string): string => `${prefix ?? 'id'}_${++counter}`;
const errorOf = (response: { json<T>(): T }) => response.json<{ error: { code: string; message: string } }>().error;

interface SearchBody {
  query: string;
  terms: string[];
  results: { rank: number; chunkId: string; title: string; score: number; fieldScores: Record<string, number>; text: string }[];
}

describe('the knowledge routes (issue 18)', () => {
  let dir: string;
  let stores: SqliteStores;
  let app: FastifyInstance;
  let adminKey: string;
  const admin = (options: InjectOptions) => app.inject(withKey(adminKey, options));

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sb-knowledge-routes-'));
    stores = createSqliteStores(join(dir, 'store.db'));
    const { knowledge } = stores;
    await knowledge.upsertSource('help-center', 'folder');
    await knowledge.upsertSource('faq', 'folder');
    await knowledge.markSourceSynced('help-center', '2026-08-30T00:00:00.000Z');
    const refunds = makeDocument({
      id: 'refunds',
      sourceName: 'help-center',
      path: 'refunds.md',
      title: 'Refunds',
      updatedAt: '2026-01-02',
    });
    const login = makeDocument({ id: 'login', sourceName: 'help-center', path: 'login.md', title: 'Signing in', updatedAt: '2026-08-01' });
    const hours = makeDocument({ id: 'hours', sourceName: 'faq', path: 'hours.md', title: 'Opening hours', updatedAt: null });
    const section = makeChunk(refunds, { id: 'refunds:s0', text: 'Annual plans can be refunded within 30 days.' });
    const paragraph = makeChunk(refunds, {
      id: 'refunds:s0.p0',
      parentId: 'refunds:s0',
      kind: 'paragraph',
      ordinal: 1,
      text: 'Monthly plans are not refunded.',
    });
    await knowledge.replaceDocument({ document: refunds, chunks: [toStoredChunk(section), toStoredChunk(paragraph)] });
    await knowledge.replaceDocument({
      document: login,
      chunks: [toStoredChunk(makeChunk(login, { id: 'login:s0', text: 'Reset your password from the sign-in page.' }))],
    });
    await knowledge.replaceDocument({ document: hours, chunks: [] });
    const index = new KnowledgeIndex({ k1: 1.2, b: 0.6, fieldWeights: { title: 2.5, headings: 1.5, body: 1, tags: 1 } });
    index.addChunks(await knowledge.listChunks());
    const retriever = new HybridRetriever(index, null);
    app = keyedApp(stores, newId, { knowledge, retriever: () => retriever, clock: () => Date.parse('2026-09-01T00:00:00.000Z') });
    adminKey = await createTestKey(stores.apiKeys, 'admin');
  });
  afterEach(async () => {
    await app.close();
    stores.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists sources with their last sync and counts', async () => {
    const response = await admin({ method: 'GET', url: '/v1/knowledge/sources' });
    expect(response.json()).toEqual({
      sources: [
        { name: 'faq', type: 'folder', lastSyncedAt: null, documents: 1, chunks: 0 },
        { name: 'help-center', type: 'folder', lastSyncedAt: '2026-08-30T00:00:00.000Z', documents: 2, chunks: 3 },
      ],
    });
  });

  it('lists documents with their chunk count and freshness against the 180-day limit', async () => {
    const response = await admin({ method: 'GET', url: '/v1/knowledge/documents?source=help-center' });
    expect(response.json()).toEqual({
      staleAfterDays: 180,
      documents: [
        {
          id: 'login',
          source: 'help-center',
          path: 'login.md',
          title: 'Signing in',
          url: null,
          updatedAt: '2026-08-01',
          ingestedAt: '2026-01-03T00:00:00.000Z',
          docType: 'policy',
          chunks: 1,
          freshness: { ageDays: 31, stale: false, basis: 'updatedAt' },
        },
        expect.objectContaining({ id: 'refunds', chunks: 2, freshness: { ageDays: 242, stale: true, basis: 'updatedAt' } }),
      ],
    });
    // Without a date from the source, the age is counted from when the document was stored.
    const all = (await admin({ method: 'GET', url: '/v1/knowledge/documents' })).json<{
      documents: { id: string; freshness: unknown }[];
    }>();
    expect(all.documents.map((document) => document.id)).toEqual(['hours', 'login', 'refunds']);
    expect(all.documents[0]!.freshness).toEqual({ ageDays: 241, stale: true, basis: 'ingestedAt' });
    const unknown = await admin({ method: 'GET', url: '/v1/knowledge/documents?source=wiki' });
    expect(unknown.statusCode).toBe(404);
    expect(errorOf(unknown).message).toContain("'wiki'");
  });

  it("shows a document's chunks in order, and one chunk with its document (a citation opens it)", async () => {
    const chunks = (await admin({ method: 'GET', url: '/v1/knowledge/documents/refunds/chunks' })).json<{
      document: { id: string; chunks: number };
      chunks: { id: string }[];
    }>();
    expect(chunks.document).toMatchObject({ id: 'refunds', chunks: 2 });
    expect(chunks.chunks.map((chunk) => chunk.id)).toEqual(['refunds:s0', 'refunds:s0.p0']);
    const empty = (await admin({ method: 'GET', url: '/v1/knowledge/documents/hours/chunks' })).json();
    expect(empty).toMatchObject({ document: { id: 'hours', chunks: 0 }, chunks: [] });
    expect((await admin({ method: 'GET', url: '/v1/knowledge/documents/nope/chunks' })).statusCode).toBe(404);

    const agentKey = await createTestKey(stores.apiKeys, 'agent');
    const chunk = await app.inject(withKey(agentKey, { method: 'GET', url: '/v1/knowledge/chunks/refunds:s0.p0' }));
    expect(chunk.json()).toEqual({
      id: 'refunds:s0.p0',
      documentId: 'refunds',
      parentId: 'refunds:s0',
      kind: 'paragraph',
      ordinal: 1,
      text: 'Monthly plans are not refunded.',
      breadcrumb: 'Refunds',
      sectionPath: ['Refunds'],
      page: null,
      tokenCount: 8,
      document: { id: 'refunds', title: 'Refunds', path: 'refunds.md', url: null, source: 'help-center' },
    });
    expect((await app.inject(withKey(agentKey, { method: 'GET', url: '/v1/knowledge/chunks/gone' }))).statusCode).toBe(404);
  });

  it("ranks a query as the pipeline does, with each result's field scores and text", async () => {
    const response = await admin({ method: 'POST', url: '/v1/knowledge/search', payload: { query: 'refund annual plan', limit: 5 } });
    expect(response.statusCode).toBe(200);
    const body = response.json<SearchBody>();
    expect(body.query).toBe('refund annual plan');
    expect(body.terms.length).toBeGreaterThan(0);
    expect(body.results[0]).toMatchObject({
      rank: 1,
      chunkId: 'refunds:s0',
      title: 'Refunds',
      text: expect.stringContaining('Annual plans'),
    });
    expect(body.results[0]!.fieldScores['body']).toBeGreaterThan(0);
    expect(body.results.map((result) => result.rank)).toEqual(body.results.map((_, index) => index + 1));
    expect(body.results.some((result) => result.chunkId === 'login:s0')).toBe(false);
    for (const [payload, field] of [
      [{ query: '  ' }, 'query'],
      [{ query: 'refund', limit: 0 }, 'limit'],
      [{ query: 'refund', top: 3 }, "'top'"],
    ] as const) {
      const refused = await admin({ method: 'POST', url: '/v1/knowledge/search', payload });
      expect(refused.statusCode).toBe(400);
      expect(errorOf(refused).message).toContain(field);
    }
  });

  it('keeps sources, documents and search to admin keys and chunks to agents: none is 401, a lower scope 403', async () => {
    const agentKey = await createTestKey(stores.apiKeys, 'agent');
    const widgetKey = await createTestKey(stores.apiKeys, 'widget');
    const routes: [InjectOptions, string][] = [
      [{ method: 'GET', url: '/v1/knowledge/sources' }, agentKey],
      [{ method: 'GET', url: '/v1/knowledge/documents' }, agentKey],
      [{ method: 'GET', url: '/v1/knowledge/documents/refunds/chunks' }, agentKey],
      [{ method: 'POST', url: '/v1/knowledge/search', payload: { query: 'refund' } }, agentKey],
      [{ method: 'GET', url: '/v1/knowledge/chunks/refunds:s0' }, widgetKey],
    ];
    for (const [request, tooLow] of routes) {
      expect((await app.inject(request)).statusCode, request.url as string).toBe(401);
      expect((await app.inject(withKey(tooLow, request))).statusCode, request.url as string).toBe(403);
      expect((await admin(request)).statusCode, request.url as string).toBe(200);
    }
  });

  it('says so with a 404 when the server was built without a knowledge store or an index', async () => {
    const bare = keyedApp(stores, newId);
    try {
      const sources = await bare.inject(withKey(adminKey, { method: 'GET', url: '/v1/knowledge/sources' }));
      expect(sources.statusCode).toBe(404);
      expect(errorOf(sources).message).toContain('without a knowledge store');
      const search = await bare.inject(withKey(adminKey, { method: 'POST', url: '/v1/knowledge/search', payload: { query: 'refund' } }));
      expect(search.statusCode).toBe(404);
      expect(errorOf(search).message).toContain('without a search index');
    } finally {
      await bare.close();
    }
  });
});
