import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runtimeSwitchStoreContract } from '@switchboard/testkit';
import { createSqliteStores } from './create-sqlite-stores.js';

// Two handles on one file, as two replicas open it: a switch set through one is read through the other.
runtimeSwitchStoreContract('SQLite (two handles on one file)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sb-switches-'));
  const first = createSqliteStores(join(dir, 'store.db'));
  const second = createSqliteStores(join(dir, 'store.db'));
  return {
    switches: first.switches,
    otherReplica: second.switches,
    close: () => {
      first.close();
      second.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
