import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { experimentFixture, experimentStoreContract } from '@switchboard/testkit';
import { createSqliteStores } from './create-sqlite-stores.js';

experimentStoreContract('SQLite', async () => {
  const stores = createSqliteStores(':memory:');
  return { experiments: stores.experiments, close: () => stores.close() };
});

describe('SqliteExperimentStore across processes', () => {
  it('lets exactly one of two connections to the same file stop an experiment, and both read it stopped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-experiments-'));
    const first = createSqliteStores(join(dir, 'store.db'));
    const second = createSqliteStores(join(dir, 'store.db'));
    try {
      await first.experiments.create(experimentFixture({ name: 'tone' }));
      const stopped = [
        await first.experiments.stop('tone', '2026-03-02T10:00:00.000Z'),
        await second.experiments.stop('tone', '2026-03-02T10:00:01.000Z'),
      ];
      expect(stopped).toEqual([true, false]);
      expect(await second.experiments.get('tone')).toMatchObject({ state: 'stopped', stoppedAt: '2026-03-02T10:00:00.000Z' });
    } finally {
      first.close();
      second.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
