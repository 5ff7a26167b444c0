import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rolloutStoreContract } from '@switchboard/testkit';
import { createSqliteStores } from './create-sqlite-stores.js';

// Two handles on one file, as two replicas open it: their conditional writes race on the same row.
rolloutStoreContract('SQLite (two handles on one file)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sb-rollouts-'));
  const first = createSqliteStores(join(dir, 'store.db'));
  const second = createSqliteStores(join(dir, 'store.db'));
  return {
    rollouts: first.rollouts,
    otherReplica: second.rollouts,
    close: () => {
      first.close();
      second.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
