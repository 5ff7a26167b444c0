import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStores, type SqliteStores } from '@switchboard/store-sqlite';
import { documentIdFor, ingestFiles, toChunks, type IngestOptions } from './ingest-files.js';
import { markdownReader } from './markdown-reader.js';

const fixtures = fileURLToPath(new URL('./__fixtures__', import.meta.url));
const bom = '\uFEFF';

describe('ingestFiles at the edges: one document per file, empty files, byte-order marks (issue 16)', () => {
  let dir: string;
  let stores: SqliteStores;
  const run = (extra: Partial<IngestOptions> = {}) =>
    ingestFiles({
      store: stores.knowledge,
      sourceName: 'kb',
      sourceType: 'folder',
      baseDir: dir,
      roots: [join(dir, 'kb')],
      chunking: { maxTokens: 200, overlapTokens: 20 },
      now: () => new Date('2026-02-01T00:00:00Z'),
      ...extra,
    });
  const allPaths = async () => (await stores.knowledge.listDocuments()).map((document) => `${document.sourceName}:${document.path}`);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sb-edges-'));
    mkdirSync(join(dir, 'kb', 'billing'), { recursive: true });
    writeFileSync(join(dir, 'kb', 'billing', 'refunds.md'), '# Refunds\n\nAnnual plans can be refunded within 30 days.\n');
    writeFileSync(join(dir, 'kb', 'sso.md'), '# SSO\n\nConfigure SAML in Okta.\n');
    stores = createSqliteStores(':memory:');
  });
  afterEach(() => {
    stores.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('moves a file ingested under another source to the source that reads it now, instead of storing it twice', async () => {
    expect(await run({ sourceName: 'files' })).toMatchObject({ added: 2 });
    expect(await run()).toMatchObject({ added: 2, removed: 2 });
    expect(await allPaths()).toEqual(['kb:kb/billing/refunds.md', 'kb:kb/sso.md']);
    expect(await run()).toMatchObject({ added: 0, unchanged: 2, removed: 0 });
  });

  it('removes the copies an older store kept under another source, even when the file is unchanged', async () => {
    await run();
    // Stores before issue 16 held the same file under `files` and under its configured source.
    const parsed = await markdownReader.read({ path: 'kb/sso.md', bytes: Buffer.from('# SSO\n\nConfigure SAML in Okta.\n') });
    const id = documentIdFor('files', 'kb/sso.md');
    await stores.knowledge.upsertSource('files', 'folder');
    await stores.knowledge.replaceDocument({
      document: {
        id,
        sourceName: 'files',
        sourceType: 'markdown',
        path: 'kb/sso.md',
        contentHash: 'old',
        ingestedAt: '2026-01-01',
        ...parsed,
      },
      chunks: toChunks(id, parsed, { maxTokens: 200, overlapTokens: 20 }),
    });
    expect(await allPaths()).toHaveLength(3);
    expect(await run()).toMatchObject({ added: 0, unchanged: 2, removed: 1 });
    expect(await allPaths()).toEqual(['kb:kb/billing/refunds.md', 'kb:kb/sso.md']);
  });

  it('leaves out the excluded folders of other sources', async () => {
    const summary = await run({ sourceName: 'files', roots: [dir], exclude: [join(dir, 'kb', 'billing')] });
    expect(summary).toMatchObject({ added: 1 });
    expect(await allPaths()).toEqual(['files:kb/sso.md']);
  });

  it('warns about an empty or whitespace-only file of any format, counts it skipped and stores nothing', async () => {
    writeFileSync(join(dir, 'kb', 'empty.md'), '');
    writeFileSync(join(dir, 'kb', 'blank.html'), '  \n\t\n ');
    writeFileSync(join(dir, 'kb', 'bom-only.txt'), bom);
    writeFileSync(join(dir, 'kb', 'empty.pdf'), '');
    writeFileSync(join(dir, 'kb', 'title-only.md'), '---\ntitle: Coming soon\n---\n# Coming soon\n');
    const summary = await run();
    expect(summary).toMatchObject({ added: 2, skipped: 5, empty: 5, failed: [] });
    expect(summary.warnings).toEqual([
      { path: 'kb/blank.html', message: 'kb/blank.html: the file is empty or whitespace only; not stored' },
      { path: 'kb/bom-only.txt', message: 'kb/bom-only.txt: the file is empty or whitespace only; not stored' },
      { path: 'kb/empty.md', message: 'kb/empty.md: the file is empty or whitespace only; not stored' },
      { path: 'kb/empty.pdf', message: 'kb/empty.pdf: the file is empty or whitespace only; not stored' },
      { path: 'kb/title-only.md', message: 'kb/title-only.md: no text to index (nothing but a title or markup); not stored' },
    ]);
    expect(await allPaths()).toEqual(['kb:kb/billing/refunds.md', 'kb:kb/sso.md']);
  });

  it('removes a stored document whose file is now empty', async () => {
    await run();
    writeFileSync(join(dir, 'kb', 'sso.md'), '\n\n');
    expect(await run()).toMatchObject({ removed: 1, skipped: 1, empty: 1, unchanged: 1 });
    expect(await stores.knowledge.findDocument('kb', 'kb/sso.md')).toBeNull();
  });

  it('skips an export entry with no text and reports an export holding no documents', async () => {
    mkdirSync(join(dir, 'kb', 'zendesk'));
    const articles = [
      { id: 1, title: 'Refund timing', body: '<p>Refunds take 7 business days.</p>', locale: 'en-us' },
      { id: 2, title: 'Draft-like', body: '<p> </p>', locale: 'en-us' },
    ];
    writeFileSync(join(dir, 'kb', 'zendesk', 'help-center.json'), JSON.stringify({ articles }));
    writeFileSync(join(dir, 'kb', 'zendesk', 'tickets.json'), `${bom}{"tickets": []}`);
    const summary = await run({ roots: [join(dir, 'kb', 'zendesk')] });
    expect(summary).toMatchObject({ added: 1, skipped: 2, empty: 2, failed: [] });
    expect(summary.warnings.map((warning) => warning.message)).toEqual([
      'kb/zendesk/help-center.json#2-en-us: no text to index (nothing but a title or markup); not stored',
      'kb/zendesk/tickets.json: the export holds no documents to index; nothing stored',
    ]);
    expect(await allPaths()).toEqual(['kb:kb/zendesk/help-center.json#1-en-us']);
  });

  it('accepts a UTF-8 byte-order mark in Markdown, HTML, CSV, text and JSON exports', async () => {
    rmSync(join(dir, 'kb'), { recursive: true });
    mkdirSync(join(dir, 'kb'));
    writeFileSync(
      join(dir, 'kb', 'front.md'),
      `${bom}---\ntitle: Shipping times\ntags: [shipping]\n---\n# Shipping\n\nOrders ship in 2 days.\n`,
    );
    writeFileSync(
      join(dir, 'kb', 'page.html'),
      `${bom}<html><head><title>Returns</title></head><body><p>Return within 30 days.</p></body></html>`,
    );
    writeFileSync(join(dir, 'kb', 'faq.csv'), `${bom}question,answer\nDo you ship to Iceland?,Yes within 6 days.\n`);
    writeFileSync(join(dir, 'kb', 'notice.txt'), `${bom}Opening hours\n\nWe open at 9.\n`);
    writeFileSync(
      join(dir, 'kb', 'articles.json'),
      `${bom}{"articles": [{"id": 7, "title": "Gift cards", "body": "<p>Gift cards never expire.</p>"}]}`,
    );
    writeFileSync(join(dir, 'kb', 'pages.json'), `${bom}${readFileSync(join(fixtures, 'confluence', 'pages.json'), 'utf8')}`);
    const summary = await run();
    expect(summary.failed).toEqual([]);
    expect(summary.warnings).toEqual([]);
    const documents = await stores.knowledge.listDocuments('kb');
    expect(documents.map((document) => [document.path, document.title])).toEqual([
      ['kb/articles.json#7', 'Gift cards'],
      ['kb/faq.csv', 'Faq'],
      ['kb/front.md', 'Shipping times'],
      ['kb/notice.txt', 'Opening hours'],
      ['kb/page.html', 'Returns'],
      ['kb/pages.json#65601', expect.stringContaining('VPN setup')],
    ]);
    expect(documents.find((document) => document.path === 'kb/front.md')?.tags).toEqual(['shipping']);
    const csvChunks = await stores.knowledge.listDocumentChunks(documents[1]!.id);
    expect(csvChunks.map((chunk) => chunk.breadcrumb)).toContain('Faq > Do you ship to Iceland?');
  });
});
