import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliBin, runCli } from '@switchboard/testkit';
import { type IngestJson } from './ingest-test-helpers.js';

const fileCount = 2000;

/** How many documents the store holds right now; 0 while the file or its tables do not exist yet. */
function storedDocuments(dbPath: string): number {
  try {
    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

describe('switchboard ingest killed with SIGKILL mid-run', () => {
  let workspace: string;
  let folder: string;
  let dbPath: string;

  beforeAll(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'sb-kill-'));
    expect((await runCli(['init', workspace])).code).toBe(0);
    dbPath = join(workspace, 'data', 'switchboard.db');
    folder = join(workspace, 'big');
    mkdirSync(folder);
    for (let i = 0; i < fileCount; i += 1) {
      const sections = Array.from(
        { length: 6 },
        (_, k) => `## Section ${k}\n\nPart ${k} of document ${i}: refunds, invoices and parcel ${i * 7 + k}.\n`,
      );
      writeFileSync(join(folder, `doc-${String(i).padStart(5, '0')}.md`), `# Document ${i}\n\n${sections.join('\n')}`);
    }
  });
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  it('leaves a consistent store, and the next run adds the rest and skips what was stored', async () => {
    const child = spawn(process.execPath, [cliBin, '-w', workspace, 'ingest', folder, '--json'], { stdio: 'ignore' });
    let running = true;
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => {
        running = false;
        resolve(signal);
      }),
    );
    while (running && storedDocuments(dbPath) === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const db = new Database(dbPath);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const stored = (db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
    const withoutChunks = db
      .prepare('SELECT path FROM documents d WHERE NOT EXISTS (SELECT 1 FROM chunks c WHERE c.document_id = d.id)')
      .all();
    const orphanChunks = (
      db.prepare('SELECT COUNT(*) AS n FROM chunks c WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = c.document_id)').get() as {
        n: number;
      }
    ).n;
    const lastSynced = db.prepare("SELECT last_synced_at FROM sources WHERE name = 'files'").get() as { last_synced_at: string | null };
    db.close();
    expect(stored).toBeGreaterThan(0);
    // Killed before the end: otherwise the second run would have nothing left to add.
    expect(stored).toBeLessThan(fileCount);
    expect(withoutChunks).toEqual([]);
    expect(orphanChunks).toBe(0);
    expect(lastSynced.last_synced_at).toBeNull();

    const second = await runCli(['-w', workspace, 'ingest', folder, '--json']);
    expect(second.code).toBe(0);
    const summary = JSON.parse(second.stdout) as IngestJson;
    expect(summary).toMatchObject({ added: fileCount - stored, unchanged: stored, updated: 0, failed: [] });
    expect(storedDocuments(dbPath)).toBe(fileCount);
  });
});
