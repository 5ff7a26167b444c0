import { mkdtempSync, mkdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStores, type SqliteStores } from '@switchboard/store-sqlite';
import { ingestFiles, type IngestOptions } from './ingest-files.js';

const article = (title: string, body: string, updated = '2026-01-05'): string =>
  `---\ntitle: ${title}\nupdated: ${updated}\ntags: [billing]\naudience: all\ntype: policy\n---\n# ${title}\n\n${body}\n`;

describe('ingestFiles', () => {
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
    dir = mkdtempSync(join(tmpdir(), 'sb-ingest-'));
    mkdirSync(join(dir, 'kb', 'billing'), { recursive: true });
    writeFileSync(
      join(dir, 'kb', 'billing', 'refunds.md'),
      article('Refunds', '## Window\n\nAnnual plans can be refunded within 30 days.'),
    );
    writeFileSync(
      join(dir, 'kb', 'sso.html'),
      '<html><head><title>SSO</title><meta name="keywords" content="sso, saml"></head><body><h1>SSO</h1><h2>Okta</h2><p>Configure SAML in Okta.</p><table><tr><th>Field</th><th>Value</th></tr><tr><td>ACS URL</td><td>https://acme.example/saml</td></tr></table></body></html>',
    );
    stores = createSqliteStores(':memory:');
  });
  afterEach(() => {
    stores.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ingests Markdown and HTML with front matter and metadata', async () => {
    const summary = await run();
    expect(summary).toMatchObject({ added: 2, updated: 0, unchanged: 0, removed: 0, failed: [] });
    const refunds = await stores.knowledge.findDocument('kb', 'kb/billing/refunds.md');
    expect(refunds).toMatchObject({
      title: 'Refunds',
      updatedAt: '2026-01-05',
      tags: ['billing'],
      audience: 'all',
      docType: 'policy',
      sourceType: 'markdown',
    });
    const sso = await stores.knowledge.findDocument('kb', 'kb/sso.html');
    expect(sso).toMatchObject({ title: 'SSO', tags: ['sso', 'saml'], sourceType: 'html' });
    const chunks = await stores.knowledge.listDocumentChunks(sso!.id);
    expect(chunks[0]!.breadcrumb).toBe('SSO > Okta');
    expect(chunks[0]!.text).toContain('| ACS URL | https://acme.example/saml |');
  });

  it('reads the document that replaces a page from front matter or a meta tag, and stores it (issue 15)', async () => {
    writeFileSync(
      join(dir, 'kb', 'billing', 'refund-policy-2023.md'),
      '---\ntitle: Refund policy\nsuperseded_by: kb/billing/refunds.md\n---\n# Refund policy\n\n14 days.\n',
    );
    writeFileSync(
      join(dir, 'kb', 'billing', 'pricing-2023.md'),
      '---\ntitle: Pricing\nreplacedBy: " kb/plans/pricing.md "\n---\nOld prices.\n',
    );
    writeFileSync(
      join(dir, 'kb', 'old-sso.html'),
      '<html><head><title>SSO</title><meta name="superseded-by" content="kb/sso.html"></head><body><p>Old.</p></body></html>',
    );
    writeFileSync(join(dir, 'kb', 'bad-replacement.md'), '---\ntitle: Bad\nsuperseded_by: [a, b]\n---\nbody\n');
    const summary = await run();
    const supersededBy = async (path: string) => (await stores.knowledge.findDocument('kb', path))?.supersededBy;
    expect(await supersededBy('kb/billing/refund-policy-2023.md')).toBe('kb/billing/refunds.md');
    expect(await supersededBy('kb/billing/pricing-2023.md')).toBe('kb/plans/pricing.md');
    expect(await supersededBy('kb/old-sso.html')).toBe('kb/sso.html');
    expect(await supersededBy('kb/billing/refunds.md')).toBeUndefined();
    expect(summary.failed).toEqual([{ path: 'kb/bad-replacement.md', reason: "front matter 'superseded_by' must be text (line 3)" }]);
  });

  it('skips unchanged files, replaces changed ones and prunes deleted ones', async () => {
    await run();
    expect(await run()).toMatchObject({ added: 0, updated: 0, unchanged: 2, removed: 0 });
    writeFileSync(
      join(dir, 'kb', 'billing', 'refunds.md'),
      article('Refunds', '## Window\n\nAnnual plans can be refunded within 14 days.'),
    );
    unlinkSync(join(dir, 'kb', 'sso.html'));
    expect(await run()).toMatchObject({ added: 0, updated: 1, unchanged: 0, removed: 0 });
    expect(await stores.knowledge.findDocument('kb', 'kb/sso.html')).not.toBeNull();
    expect(await run({ prune: true })).toMatchObject({ unchanged: 1, removed: 1 });
    expect(await stores.knowledge.findDocument('kb', 'kb/sso.html')).toBeNull();
    const chunks = await stores.knowledge.listChunks();
    expect(chunks.map((c) => c.text).join(' ')).toContain('14 days');
    expect(chunks.map((c) => c.text).join(' ')).not.toContain('30 days');
  });

  it('reports a bad file with its path and reason while the others still ingest', async () => {
    writeFileSync(join(dir, 'kb', 'broken.md'), '---\ntitle: Broken\nupdated: [not, a, date\n---\nbody\n');
    writeFileSync(join(dir, 'kb', 'latin1.md'), Buffer.from([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a]));
    writeFileSync(join(dir, 'kb', 'bad-date.md'), '---\ntitle: Dates\nupdated: yesterday\n---\nbody\n');
    const summary = await run();
    expect(summary.added).toBe(2);
    const reasons = Object.fromEntries(summary.failed.map((f) => [f.path, f.reason]));
    expect(Object.keys(reasons).sort()).toEqual(['kb/bad-date.md', 'kb/broken.md', 'kb/latin1.md']);
    expect(reasons['kb/broken.md']).toMatch(/front matter is not valid YAML.*\(line \d+\)/);
    expect(reasons['kb/latin1.md']).toMatch(/not valid UTF-8.*line 1/);
    expect(reasons['kb/bad-date.md']).toBe("front matter 'updated' is not a date (write it as YYYY-MM-DD) (line 3)");
    expect(await stores.knowledge.findDocument('kb', 'kb/broken.md')).toBeNull();
  });

  it('keeps the stored version when a changed file turns bad', async () => {
    await run();
    writeFileSync(join(dir, 'kb', 'billing', 'refunds.md'), '---\ntitle: Refunds\nupdated: soon\n---\n');
    const summary = await run();
    expect(summary.failed).toHaveLength(1);
    const stored = await stores.knowledge.findDocument('kb', 'kb/billing/refunds.md');
    expect(stored?.updatedAt).toBe('2026-01-05');
    expect((await stores.knowledge.listDocumentChunks(stored!.id)).length).toBeGreaterThan(0);
  });

  it('stops at the first failure in strict mode', async () => {
    writeFileSync(join(dir, 'kb', 'a-broken.md'), '---\ntitle: x\nupdated: soon\n---\n');
    const summary = await run({ strict: true });
    expect(summary.failed).toHaveLength(1);
    expect(summary.added).toBe(0);
  });
});
