/** Real SQLite in a temporary folder for the HTTP tests, holding releases with empty snapshots, the first one serving. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Release } from '@switchboard/spec';
import { createSqliteStores, type SqliteStores } from '@switchboard/store-sqlite';

export interface TemporaryStores {
  readonly stores: SqliteStores;
  /** Closes the store and deletes its folder. */
  remove(): void;
}

/** A release of `name` made with the eval gate forced, over no files. */
const release = (name: string): Release => ({
  name,
  hash: `hash-${name}`,
  createdAt: '2026-03-01T08:00:00.000Z',
  note: null,
  forced: 'test',
  snapshot: { config: {}, files: {}, knowledgeVersion: 1, evalRunId: 'run-1' },
});

/** A new store with `releases` created in order; the first of them serves. */
export async function temporaryStores(releases: readonly string[] = []): Promise<TemporaryStores> {
  const dir = mkdtempSync(join(tmpdir(), 'sb-server-'));
  const stores = createSqliteStores(join(dir, 'store.db'));
  for (const name of releases) await stores.releases.create(release(name));
  if (releases[0] !== undefined) await stores.releases.setServing(releases[0], null);
  return {
    stores,
    remove: () => {
      stores.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
