import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@switchboard/testkit';
import { ingestFixtures, type IngestJson } from './ingest-test-helpers.js';

describe('switchboard ingest on bad input', () => {
  let root: string;
  let kb: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'sb-bad-input-'));
    kb = join(root, 'kb');
    mkdirSync(kb);
    // Names sort the bad files first, so --strict meets a bad file before any good one.
    copyFileSync(join(ingestFixtures, 'pdf', 'encrypted.pdf'), join(kb, 'a-encrypted.pdf'));
    copyFileSync(join(ingestFixtures, 'pdf', 'truncated.pdf'), join(kb, 'b-truncated.pdf'));
    const pdf = await PDFDocument.create();
    for (let page = 0; page < 10_000; page += 1) pdf.addPage([200, 200]);
    writeFileSync(join(kb, 'c-ten-thousand-pages.pdf'), await pdf.save());
    copyFileSync(join(ingestFixtures, 'bad', 'wrong-shape.json'), join(kb, 'd-wrong-shape.json'));
    copyFileSync(join(ingestFixtures, 'bad', 'latin1.txt'), join(kb, 'e-latin1.txt'));
    // A sparse file: 2 GB by its size, no disk used. Reading it would need 2 GB of memory.
    writeFileSync(join(kb, 'f-huge.md'), '');
    truncateSync(join(kb, 'f-huge.md'), 2 * 1024 ** 3);
    writeFileSync(join(kb, 'guide.md'), '# Returns\n\nReturn an item within 30 days for a full refund.\n');
    writeFileSync(join(kb, 'z-shipping.md'), '# Shipping\n\nOrders ship within two business days.\n');
  }, 120_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('names each bad file and its reason, and still ingests the good ones', async () => {
    expect(statSync(join(kb, 'f-huge.md')).size).toBe(2 * 1024 ** 3);
    const workspace = join(root, 'ws-all');
    expect((await runCli(['init', workspace])).code).toBe(0);
    const result = await runCli(['-w', workspace, 'ingest', kb, '--json']);
    expect(result.code).toBe(65);
    const summary = JSON.parse(result.stdout) as IngestJson;
    expect(summary.added).toBe(2);
    expect(summary.failed).toEqual([
      { path: '../kb/a-encrypted.pdf', reason: expect.stringMatching(/^the PDF is encrypted \(password-protected\)/) },
      { path: '../kb/b-truncated.pdf', reason: expect.stringMatching(/^the PDF is truncated \(no %%EOF end marker\)/) },
      {
        path: '../kb/c-ten-thousand-pages.pdf',
        reason: 'the PDF has 10000 pages, over the 2000-page limit; split it or raise maxPages',
      },
      {
        path: '../kb/d-wrong-shape.json',
        reason: expect.stringMatching(/^not a Zendesk Help Center export: \$\.articles\[0\]\.title: expected a string/),
      },
      { path: '../kb/e-latin1.txt', reason: expect.stringMatching(/^not valid UTF-8 text \(first invalid byte at offset \d+, line 1\)/) },
      {
        path: '../kb/f-huge.md',
        reason: 'file is 2048.0 MB, over the 50.0 MB limit for markdown files; split it or raise the limit',
      },
    ]);
    const search = await runCli(['-w', workspace, 'search', 'full refund', '--json']);
    expect((JSON.parse(search.stdout) as { path: string }[])[0]?.path).toBe('../kb/guide.md');
  });

  it('prints each failure on stderr in text mode', async () => {
    const workspace = join(root, 'ws-text');
    await runCli(['init', workspace]);
    const result = await runCli(['-w', workspace, 'ingest', kb]);
    expect(result.stderr).toContain('failed: ../kb/f-huge.md: file is 2048.0 MB, over the 50.0 MB limit for markdown files');
    expect(result.stdout).toMatch(/added 2, updated 0, unchanged 0, removed 0, failed 6/);
  });

  it('stops at the first bad file with --strict', async () => {
    const workspace = join(root, 'ws-strict');
    await runCli(['init', workspace]);
    const result = await runCli(['-w', workspace, 'ingest', kb, '--strict', '--json']);
    expect(result.code).toBe(65);
    const summary = JSON.parse(result.stdout) as IngestJson;
    expect(summary.failed.map((failure) => failure.path)).toEqual(['../kb/a-encrypted.pdf']);
    expect(summary.added).toBe(0);
  });
});
