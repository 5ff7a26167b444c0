import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStores, type SqliteStores } from '@switchboard/store-sqlite';
import { defaultReaders, ingestFiles, type IngestOptions } from './ingest-files.js';
import { createPdfReader } from './pdf/pdf-reader.js';
import { createSlackExportReader } from './slack/slack-export-reader.js';

const fixtures = fileURLToPath(new URL('./__fixtures__', import.meta.url));

describe('ingestFiles on a folder mixing every format', () => {
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

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sb-mixed-'));
    cpSync(fixtures, join(dir, 'kb'), { recursive: true });
    stores = createSqliteStores(':memory:');
  });
  afterEach(() => {
    stores.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ingests the good files and reports each bad one with its reason', async () => {
    const summary = await run();
    expect(summary.failed.map((failure) => failure.path).sort()).toEqual([
      'kb/bad/latin1.txt',
      'kb/bad/unknown.json',
      'kb/bad/wrong-shape.json',
      'kb/pdf/encrypted.pdf',
      'kb/pdf/scanned.pdf',
      'kb/pdf/truncated.pdf',
    ]);
    expect(summary.failed.find((failure) => failure.path === 'kb/pdf/encrypted.pdf')!.reason).toMatch(/^the PDF is encrypted/);
    expect(summary.warnings).toEqual([
      { path: 'kb/pdf/manual.pdf', message: expect.stringContaining('page 4 has no text') },
      // Its threads are older than the default 365 days, so the export holds nothing to index today.
      { path: 'kb/slack-export', message: 'kb/slack-export: the export holds no documents to index; nothing stored' },
    ]);
    const paths = (await stores.knowledge.listDocuments('kb')).map((document) => document.path).sort();
    expect(paths).toEqual([
      'kb/confluence/pages.json#65601',
      'kb/csv/faq.csv',
      'kb/docx/warranty.docx',
      'kb/pdf/manual.pdf',
      'kb/text/opening-hours.txt',
      'kb/zendesk/help-center.json#360001111111-en-us',
      'kb/zendesk/help-center.json#360003333333-en-us',
      'kb/zendesk/tickets.json#5001',
      'kb/zendesk/tickets.json#5003',
    ]);
    const manual = await stores.knowledge.findDocument('kb', 'kb/pdf/manual.pdf');
    const frostline = (await stores.knowledge.listDocumentChunks(manual!.id)).find((chunk) => chunk.text.includes('Frostline Cargo'));
    expect(frostline).toMatchObject({ page: 3 });
    expect(frostline!.text).toContain('| Region | Carrier | Price | Transit |');
  });

  it('reads a Slack export folder as one input of thread documents', async () => {
    const slack = createSlackExportReader({ now: () => new Date('2024-06-01T00:00:00Z') });
    const readers = defaultReaders.map((reader) => (reader.folderMarker ? slack : reader));
    const summary = await run({ roots: [join(dir, 'kb')], readers });
    const slackPaths = (await stores.knowledge.listDocuments('kb'))
      .map((document) => document.path)
      .filter((path) => path.includes('slack'));
    expect(slackPaths.sort()).toEqual(['kb/slack-export#support/1714552000.000200', 'kb/slack-export#support/1714640000.000100']);
    // Its day files and users.json are read as part of the export, not as files of their own.
    expect(summary.failed.filter((failure) => failure.path.includes('slack'))).toEqual([]);
    expect(summary.skipped).toBe(0);
  });

  it('updates, keeps and removes the documents inside an export file incrementally', async () => {
    await run();
    const file = join(dir, 'kb', 'zendesk', 'help-center.json');
    const only = {
      articles: [{ id: 360003333333, title: 'Refund timing', body: '<p>Refunds take 7 business days.</p>', locale: 'en-us' }],
    };
    writeFileSync(file, JSON.stringify(only));
    const summary = await run({ roots: [file] });
    expect(summary).toMatchObject({ added: 0, updated: 1, removed: 1, unchanged: 0 });
    expect(await stores.knowledge.findDocument('kb', 'kb/zendesk/help-center.json#360001111111-en-us')).toBeNull();
    expect(await run({ roots: [file] })).toMatchObject({ unchanged: 1, updated: 0, removed: 0 });
    rmSync(file);
    expect(await run({ prune: true })).toMatchObject({ removed: 1 });
    expect(await stores.knowledge.findDocument('kb', 'kb/zendesk/help-center.json#360003333333-en-us')).toBeNull();
    expect(await stores.knowledge.findDocument('kb', 'kb/zendesk/tickets.json#5001')).not.toBeNull();
  });

  it('refuses a file over the size limit before reading it', async () => {
    const readers = [createPdfReader({ maxBytes: 1000 }), ...defaultReaders];
    const summary = await run({ roots: [join(dir, 'kb', 'pdf', 'manual.pdf')], readers });
    expect(summary.failed).toEqual([
      { path: 'kb/pdf/manual.pdf', reason: expect.stringMatching(/^file is 6\.\d KB, over the 1\.0 KB limit for pdf files/) },
    ]);
  });
});
