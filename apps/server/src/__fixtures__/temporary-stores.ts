/** Real SQLite in a temporary folder for the HTTP tests, holding releases with empty snapshots, the first one serving. */
import { releaseFixture } from '@switchboard/testkit';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStores, type SqliteStores } from '@switchboard/store-sqlite';

export interface TemporaryStores {
  readonly stores: SqliteStores;
  /** Closes the store and deletes its folder. */
  remove(): void;
}

/** A new store with `releases` created in order; the first of them serves. */
export async function temporaryStores(releases: readonly string[] = []): Promise<TemporaryStores> {
  const dir = mkdtempSync(join(tmpdir(), 'sb-server-'));
  const stores = createSqliteStores(join(dir, 'store.db'));
  for (const name of releases) await stores.releases.create(releaseFixture(name, { forced: 'test' }));
  if (releases[0] !== undefined) await stores.releases.setServing(releases[0], null);
  return {
    stores,
    remove: () => {
      stores.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
