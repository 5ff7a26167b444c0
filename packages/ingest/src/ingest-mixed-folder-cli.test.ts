import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@switchboard/testkit';

// Runs the built CLI (npm test builds first), so this checks the readers as users get them.
const fixtures = fileURLToPath(new URL('./__fixtures__', import.meta.url));

describe('switchboard ingest on a mixed folder', () => {
  let workspace: string;

  beforeAll(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'sb-mixed-cli-'));
    expect((await runCli(['init', workspace])).code).toBe(0);
    cpSync(fixtures, join(workspace, 'mixed'), { recursive: true });
  });
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  it('ingests every format, reports the bad files, and finds a value that exists only in a PDF table cell', async () => {
    const ingest = await runCli(['-w', workspace, 'ingest', join(workspace, 'mixed'), '--json']);
    const summary = JSON.parse(ingest.stdout) as { added: number; failed: { path: string; reason: string }[] };
    expect(summary.added).toBe(9);
    expect(summary.failed.map((failure) => failure.path)).toContain('mixed/pdf/truncated.pdf');
    expect(ingest.code).toBe(65);

    const search = await runCli(['-w', workspace, 'search', 'Southern Cross Post', '--json']);
    expect(search.code).toBe(0);
    const [top] = JSON.parse(search.stdout) as { path: string; page: number | null; text: string }[];
    expect(top).toMatchObject({ path: 'mixed/pdf/manual.pdf', page: 3 });
    expect(top!.text).toContain('| Australia | Southern Cross Post | 39.00 AUD | 9 days |');
  });
});
