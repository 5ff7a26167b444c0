import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@switchboard/testkit';
import { ingestFixtures, type IngestJson } from './ingest-test-helpers.js';
import { helpCenterRoutes, type StandInArticle, startLocalStandInServer, type LocalStandInServer } from '@switchboard/testkit';

interface SourceJson {
  name: string;
  type: string;
  location: string | null;
  configured: boolean;
  documents: number;
  chunks: number;
  lastSyncedAt: string | null;
}

describe('switchboard sync and sources (Zendesk through a local stand-in server)', () => {
  let workspace: string;
  let standIn: LocalStandInServer;
  let articles: StandInArticle[];
  const token = { SB_TEST_ZENDESK_TOKEN: 'stand-in-token' };

  beforeAll(async () => {
    articles = [
      { id: 201, title: 'Refund timing', body: '<p>Refunds reach your card within 5 business days.</p>' },
      { id: 202, title: 'Invoice copies', body: '<p>Download invoice copies from Billing.</p>' },
      { id: 203, title: 'Gift cards', body: '<p>Gift cards never expire.</p>' },
    ];
    standIn = await startLocalStandInServer(helpCenterRoutes(() => articles));
    workspace = mkdtempSync(join(tmpdir(), 'sb-sync-cli-'));
    expect((await runCli(['init', workspace])).code).toBe(0);
    mkdirSync(join(workspace, 'kb'), { recursive: true });
    for (const file of readdirSync(join(workspace, 'kb'))) rmSync(join(workspace, 'kb', file), { recursive: true });
    writeFileSync(join(workspace, 'kb', 'shipping.md'), '# Shipping\n\nOrders ship within two business days.\n');
    writeFileSync(join(workspace, 'kb', 'returns.md'), '# Returns\n\nReturn an item within 30 days.\n');
    copyFileSync(join(ingestFixtures, 'pdf', 'manual.pdf'), join(workspace, 'kb', 'manual.pdf'));
    cpSync(join(ingestFixtures, 'slack-export'), join(workspace, 'slack-export'), { recursive: true });
    writeFileSync(
      join(workspace, 'switchboard.yaml'),
      [
        'sources:',
        '  - name: kb',
        '    path: kb',
        '  - name: help-center',
        '    type: zendesk',
        `    baseUrl: ${standIn.origin}`,
        '    email: bot@acme.test',
        '    tokenEnv: SB_TEST_ZENDESK_TOKEN',
        '  - name: chat',
        '    type: slack',
        '    path: slack-export',
        '    answeredReaction: heavy_check_mark',
        '    maxAgeDays: 100000',
        '',
      ].join('\n'),
    );
  });
  afterAll(async () => {
    await standIn.close();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('syncs every source, with the PDF page warning in the JSON summary', async () => {
    const result = await runCli(['-w', workspace, 'sync', '--json'], { env: token });
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as IngestJson;
    expect(summary.sources).toMatchObject({
      kb: { added: 3, failed: 0 },
      'help-center': { added: 3, failed: 0 },
      // Only the pinned thread: the ✅ reactions do not count when the configured reaction is another one.
      chat: { added: 1 },
    });
    expect(summary.warnings).toEqual([
      { path: 'kb/manual.pdf', message: expect.stringMatching(/^kb\/manual\.pdf: page 4 has no text \(image-only or scanned\)/) },
    ]);
    expect(standIn.requests.every((request) => request.authorization?.startsWith('Basic '))).toBe(true);
  });

  it('lists the sources with their counts, location and last sync time', async () => {
    const result = await runCli(['-w', workspace, 'sources', '--json']);
    const sources = JSON.parse(result.stdout) as SourceJson[];
    expect(sources.map((source) => [source.name, source.type, source.location, source.documents])).toEqual([
      ['kb', 'folder', 'kb', 3],
      ['help-center', 'zendesk', `${standIn.origin}/hc`, 3],
      ['chat', 'slack', 'slack-export', 1],
    ]);
    for (const source of sources) {
      expect(source.chunks).toBeGreaterThanOrEqual(source.documents);
      expect(source.lastSyncedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    }
    const text = await runCli(['-w', workspace, 'sources']);
    expect(text.stdout).toMatch(/^help-center\s+zendesk\s+3\s+\d+\s+\d{4}-/m);
  });

  it('propagates edits and deletions on the next sync of one source, and leaves the others alone', async () => {
    articles = [articles[0]!, { ...articles[1]!, body: '<p>Invoice copies are e-mailed every month.</p>' }];
    const result = await runCli(['-w', workspace, 'sync', 'help-center', '--json'], { env: token });
    const summary = JSON.parse(result.stdout) as IngestJson;
    expect(Object.keys(summary.sources)).toEqual(['help-center']);
    expect(summary).toMatchObject({ added: 0, updated: 1, unchanged: 1, removed: 1 });
    const search = await runCli(['-w', workspace, 'search', 'invoice copies e-mailed', '--json']);
    const [top] = JSON.parse(search.stdout) as { path: string; url: string | null; text: string }[];
    expect(top).toMatchObject({ path: `${standIn.origin}/hc#202-en-us`, url: `${standIn.origin}/hc/en-us/articles/202` });

    rmSync(join(workspace, 'kb', 'returns.md'));
    const kb = JSON.parse((await runCli(['-w', workspace, 'sync', 'kb', '--json'])).stdout) as IngestJson;
    expect(kb).toMatchObject({ removed: 1, unchanged: 2 });
  });

  it('ingest without paths syncs every configured source, printing warnings on stderr', async () => {
    // Warnings come from reading a file, so a new copy of the PDF brings its warning back.
    copyFileSync(join(ingestFixtures, 'pdf', 'manual.pdf'), join(workspace, 'kb', 'manual-copy.pdf'));
    const result = await runCli(['-w', workspace, 'ingest'], { env: token });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^added 1, updated 0, unchanged 5, removed 0, failed 0, warnings 1$/m);
    expect(result.stderr).toMatch(/^warning: kb\/manual-copy\.pdf: page 4 has no text \(image-only or scanned\)/m);
  });

  it('names the unset token variable and keeps the stored articles', async () => {
    const result = await runCli(['-w', workspace, 'sync', 'help-center'], { env: { SB_TEST_ZENDESK_TOKEN: undefined } });
    expect(result.code).toBe(65);
    expect(result.stderr).toContain(
      `failed: ${standIn.origin}/hc: source 'help-center': the environment variable SB_TEST_ZENDESK_TOKEN (its tokenEnv) is not set`,
    );
    const sources = JSON.parse((await runCli(['-w', workspace, 'sources', '--json'])).stdout) as SourceJson[];
    expect(sources.find((source) => source.name === 'help-center')?.documents).toBe(2);
  });

  it('refuses an unknown source name, listing the configured ones', async () => {
    const result = await runCli(['-w', workspace, 'sync', 'wiki']);
    expect(result.code).toBe(64);
    expect(result.stderr).toContain("no source named 'wiki' in switchboard.yaml; configured: kb, help-center, chat");
  });
});
