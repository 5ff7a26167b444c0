import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shadowStoreContract } from '@switchboard/testkit';
import { createSqliteStores } from './create-sqlite-stores.js';

// Two handles on one file, as two replicas open it: their starts and stops race on the same table.
shadowStoreContract('SQLite (two handles on one file)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sb-shadow-'));
  const first = createSqliteStores(join(dir, 'store.db'));
  const second = createSqliteStores(join(dir, 'store.db'));
  return {
    shadows: first.shadows,
    otherReplica: second.shadows,
    close: () => {
      first.close();
      second.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
