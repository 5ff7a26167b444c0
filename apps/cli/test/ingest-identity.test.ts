import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@switchboard/testkit';
import { type IngestJson } from './ingest-test-helpers.js';

const exampleKb = fileURLToPath(new URL('../../../examples/acme-help-center/kb', import.meta.url));
const bom = '\uFEFF';

interface SourceJson {
  name: string;
  configured: boolean;
  documents: number;
  chunks: number;
}

describe('issue 16: a document is where it lives, not the command that brought it', () => {
  let workspace: string;
  /** Runs in the workspace, so `ingest .` means the workspace as it does for a user. */
  const run = (args: readonly string[]) => runCli(['-w', workspace, ...args], { cwd: workspace });
  const ingest = async (args: readonly string[]): Promise<IngestJson> => {
    const result = await run(['ingest', ...args, '--json']);
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as IngestJson;
  };
  const sources = async (): Promise<SourceJson[]> => JSON.parse((await run(['sources', '--json'])).stdout) as SourceJson[];
  const counts = async () => Object.fromEntries((await sources()).map((source) => [source.name, source.documents]));

  beforeAll(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'sb-identity-'));
    expect((await runCli(['init', workspace])).code).toBe(0);
    rmSync(join(workspace, 'kb'), { recursive: true, force: true });
    cpSync(exampleKb, join(workspace, 'kb'), { recursive: true });
  });
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  it("stores the acme example's 59 articles once after `ingest .` then `ingest`", async () => {
    expect(await ingest(['.'])).toMatchObject({ added: 59, failed: [] });
    expect(await ingest([])).toMatchObject({ added: 0, updated: 0, unchanged: 59, removed: 0 });
    expect(await ingest(['kb'])).toMatchObject({ added: 0, unchanged: 59 });
    const listed = await sources();
    expect(listed.map((source) => [source.name, source.configured, source.documents])).toEqual([['kb', true, 59]]);
    expect(listed[0]!.chunks).toBe(711);
  });

  it('moves articles filed under another source back to the configured source, leaving no duplicates', async () => {
    expect(await ingest(['kb', '--source', 'files'])).toMatchObject({ added: 59, removed: 59 });
    expect(await counts()).toEqual({ kb: 0, files: 59 });
    expect(await ingest([])).toMatchObject({ added: 59, removed: 59 });
    expect(await counts()).toEqual({ kb: 59 });
  });

  it('files a path outside every configured source under one source, however often it is ingested', async () => {
    mkdirSync(join(workspace, 'notes'));
    writeFileSync(join(workspace, 'notes', 'holidays.md'), '# Holidays\n\nThe office is closed on 25 December.\n');
    writeFileSync(join(workspace, 'notes', 'parking.md'), '# Parking\n\nVisitors park in bay 4.\n');
    expect(await ingest(['notes'])).toMatchObject({ added: 2 });
    expect(await ingest(['notes'])).toMatchObject({ added: 0, unchanged: 2 });
    expect(await ingest(['notes/holidays.md'])).toMatchObject({ added: 0, unchanged: 1 });
    expect(await ingest(['.'])).toMatchObject({ added: 0, unchanged: 61, removed: 0 });
    expect(await counts()).toEqual({ kb: 59, files: 2 });
    rmSync(join(workspace, 'notes'), { recursive: true });
    expect(await ingest(['.', '--prune'])).toMatchObject({ removed: 2 });
    expect(await counts()).toEqual({ kb: 59 });
  });

  it('warns about an empty Markdown file and a whitespace-only HTML file, counts them skipped and stores neither', async () => {
    writeFileSync(join(workspace, 'kb', 'draft.md'), '');
    writeFileSync(join(workspace, 'kb', 'placeholder.html'), ' \n\t\n');
    const summary = await ingest([]);
    expect(summary).toMatchObject({ added: 0, unchanged: 59, skipped: 2, empty: 2, failed: [] });
    expect(summary.warnings).toEqual([
      { path: 'kb/draft.md', message: 'kb/draft.md: the file is empty or whitespace only; not stored' },
      { path: 'kb/placeholder.html', message: 'kb/placeholder.html: the file is empty or whitespace only; not stored' },
    ]);
    const text = await run(['ingest']);
    expect(text.stderr).toMatch(/^warning: kb\/draft\.md: the file is empty or whitespace only; not stored$/m);
    expect(text.stdout).toMatch(/^added 0, updated 0, unchanged 59, removed 0, failed 0, warnings 2, skipped 2 \(empty\)$/m);
    expect(await counts()).toEqual({ kb: 59 });
    rmSync(join(workspace, 'kb', 'draft.md'));
    rmSync(join(workspace, 'kb', 'placeholder.html'));
  });

  it('reads BOM-prefixed Markdown and CSV, and reports a BOM-prefixed {"tickets": []} as an empty export', async () => {
    mkdirSync(join(workspace, 'imports'));
    writeFileSync(
      join(workspace, 'imports', 'loyalty.md'),
      `${bom}---\ntitle: Loyalty points\n---\nPoints never expire while the account is open.\n`,
    );
    writeFileSync(
      join(workspace, 'imports', 'gift-cards.csv'),
      `${bom}question,answer\nCan I refund a gift card?,Gift cards are refunded as store credit.\n`,
    );
    writeFileSync(join(workspace, 'imports', 'tickets.json'), `${bom}{"tickets": []}`);
    const summary = await ingest(['imports']);
    expect(summary).toMatchObject({ added: 2, skipped: 1, empty: 1, failed: [] });
    expect(summary.warnings).toEqual([
      { path: 'imports/tickets.json', message: 'imports/tickets.json: the export holds no documents to index; nothing stored' },
    ]);
    const search = await run(['search', 'loyalty points expire', '--json']);
    const [top] = JSON.parse(search.stdout) as { path: string; title: string }[];
    expect(top).toMatchObject({ path: 'imports/loyalty.md', title: 'Loyalty points' });
    expect(await counts()).toEqual({ kb: 59, files: 2 });
  });
});
