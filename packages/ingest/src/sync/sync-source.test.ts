import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStores, type SqliteStores } from '@switchboard/store-sqlite';
import { syncSource, type SyncSourceOptions } from './sync-source.js';
import type { SourceSettings } from './source-settings.js';
import { helpCenterRoutes, type StandInArticle, startLocalStandInServer, type LocalStandInServer } from '@switchboard/testkit';

describe('syncSource with a Zendesk Help Center (local stand-in server)', () => {
  let standIn: LocalStandInServer;
  let stores: SqliteStores;
  let dir: string;
  let articles: StandInArticle[];
  const sync = (source: Partial<SourceSettings> = {}, extra: Partial<SyncSourceOptions> = {}) =>
    syncSource({
      source: {
        name: 'hc',
        type: 'zendesk',
        baseUrl: standIn.origin,
        email: 'bot@acme.test',
        tokenEnv: 'ZENDESK_API_TOKEN',
        ...source,
      } as SourceSettings,
      store: stores.knowledge,
      baseDir: dir,
      chunking: { maxTokens: 200, overlapTokens: 20 },
      env: { ZENDESK_API_TOKEN: 'test-token' },
      now: () => new Date('2026-02-01T00:00:00Z'),
      ...extra,
    });

  beforeEach(async () => {
    articles = [
      { id: 101, title: 'Refunds', body: '<p>Refunds take 5 business days.</p>' },
      { id: 102, title: 'Invoices', body: '<p>Download invoices from Billing.</p>' },
      { id: 103, title: 'Card declined', body: '<p>Check the card expiry date.</p>' },
    ];
    standIn = await startLocalStandInServer(helpCenterRoutes(() => articles));
    stores = createSqliteStores(':memory:');
    dir = mkdtempSync(join(tmpdir(), 'sb-sync-'));
  });
  afterEach(async () => {
    await standIn.close();
    stores.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('fetches every page with API-token auth and stores each article with its URL, breadcrumb and date', async () => {
    const summary = await sync();
    expect(summary).toMatchObject({ added: 3, updated: 0, removed: 0, failed: [] });
    const expectedAuth = `Basic ${Buffer.from('bot@acme.test/token:test-token').toString('base64')}`;
    expect(standIn.requests.map((request) => request.authorization)).toEqual(standIn.requests.map(() => expectedAuth));
    expect(standIn.requests.some((request) => request.path.includes('page%5Bafter%5D=c1'))).toBe(true);
    const document = await stores.knowledge.findDocument('hc', `${standIn.origin}/hc#102-en-us`);
    expect(document).toMatchObject({
      sourceType: 'zendesk-article',
      title: 'Billing > Payments > Invoices',
      url: `${standIn.origin}/hc/en-us/articles/102`,
      updatedAt: '2026-01-10',
    });
    const [source] = await stores.knowledge.listSources();
    expect(source).toMatchObject({ name: 'hc', type: 'zendesk', documents: 3, lastSyncedAt: '2026-02-01T00:00:00.000Z' });
  });

  it('re-syncs incrementally: unchanged articles skipped, an edited one updated, a deleted one removed', async () => {
    await sync();
    articles = [articles[0]!, { ...articles[1]!, body: '<p>Invoices are e-mailed monthly.</p>' }];
    const summary = await sync();
    expect(summary).toMatchObject({ added: 0, updated: 1, unchanged: 1, removed: 1 });
    expect(await stores.knowledge.findDocument('hc', `${standIn.origin}/hc#103-en-us`)).toBeNull();
    const chunks = await stores.knowledge.listChunks();
    expect(chunks.some((chunk) => chunk.text.includes('e-mailed monthly'))).toBe(true);
  });

  it('keeps the stored articles when the API fails, and reports the source and status', async () => {
    await sync();
    standIn.routes = () => ({ status: 401, body: { error: "Couldn't authenticate you" } });
    const summary = await sync();
    expect(summary.removed).toBe(0);
    expect(summary.failed).toEqual([
      { path: `${standIn.origin}/hc`, reason: expect.stringMatching(/answered 401 .*check the email and the token/) },
    ]);
    expect(await stores.knowledge.listDocuments('hc')).toHaveLength(3);
  });

  it('names the token variable when it is not set, without calling the API', async () => {
    const summary = await sync({}, { env: {} });
    expect(summary.failed[0]?.reason).toBe(
      "source 'hc': the environment variable ZENDESK_API_TOKEN (its tokenEnv) is not set; export the API token in it",
    );
    expect(standIn.requests).toEqual([]);
  });
});

describe('syncSource with a Confluence space (local stand-in server)', () => {
  it('follows _links.next relative to the wiki root and stores each page with its URL', async () => {
    const page = (id: string, title: string) => ({
      id,
      type: 'page',
      title,
      space: { name: 'Support' },
      version: { when: '2026-01-05T10:00:00Z' },
      body: { storage: { value: `<p>${title} steps.</p>` } },
      _links: { webui: `/spaces/SUP/pages/${id}` },
    });
    const standIn = await startLocalStandInServer((path) => {
      if (!path.startsWith('/wiki/rest/api/content?')) return undefined;
      const start = new URL(path, 'http://x').searchParams.get('start');
      return start === '1'
        ? { body: { results: [page('2', 'VPN setup')], _links: {} } }
        : { body: { results: [page('1', 'Reset MFA')], _links: { next: '/rest/api/content?spaceKey=SUP&start=1' } } };
    });
    const stores = createSqliteStores(':memory:');
    try {
      const summary = await syncSource({
        source: {
          name: 'wiki',
          type: 'confluence',
          baseUrl: `${standIn.origin}/wiki`,
          spaceKey: 'SUP',
          email: 'bot@acme.test',
          tokenEnv: 'CONFLUENCE_TOKEN',
        },
        store: stores.knowledge,
        baseDir: tmpdir(),
        chunking: { maxTokens: 200, overlapTokens: 20 },
        env: { CONFLUENCE_TOKEN: 'secret' },
        now: () => new Date('2026-02-01T00:00:00Z'),
      });
      expect(summary).toMatchObject({ added: 2, failed: [] });
      expect(standIn.requests[0]?.authorization).toBe(`Basic ${Buffer.from('bot@acme.test:secret').toString('base64')}`);
      expect(standIn.requests[0]?.path).toContain('expand=body.storage');
      const documents = await stores.knowledge.listDocuments('wiki');
      expect(documents.map((document) => [document.path, document.title, document.url, document.updatedAt])).toEqual([
        [`${standIn.origin}/wiki/spaces/SUP#1`, 'Support > Reset MFA', `${standIn.origin}/wiki/spaces/SUP/pages/1`, '2026-01-05'],
        [`${standIn.origin}/wiki/spaces/SUP#2`, 'Support > VPN setup', `${standIn.origin}/wiki/spaces/SUP/pages/2`, '2026-01-05'],
      ]);
    } finally {
      stores.close();
      await standIn.close();
    }
  });
});
