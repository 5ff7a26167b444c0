import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isSwitchboardError } from '@switchboard/spec';
import { createSqliteStores } from './create-sqlite-stores.js';
import { snapshotSqliteDatabase } from './snapshot-sqlite-database.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sb-snapshot-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('snapshotSqliteDatabase', () => {
  it('copies what is still in the write-ahead log of a store another connection holds open, and the copy is independent', async () => {
    const source = join(dir, 'store.db');
    const stores = createSqliteStores(source);
    try {
      await stores.conversations.createConversation({
        id: 'conv-1',
        createdAt: '2026-03-01T12:00:00.000Z',
        customer: null,
        identity: null,
        deviceId: null,
        status: 'bot',
      });
      expect(existsSync(`${source}-wal`)).toBe(true);
      const target = join(dir, 'copy', 'store.db');
      await snapshotSqliteDatabase(source, target);
      const copy = createSqliteStores(target);
      try {
        expect((await copy.conversations.getConversation('conv-1'))?.id).toBe('conv-1');
        await copy.conversations.setStatus('conv-1', 'handoff');
        expect((await stores.conversations.getConversation('conv-1'))?.status).toBe('bot');
      } finally {
        copy.close();
      }
    } finally {
      stores.close();
    }
  });

  it('names the store it cannot open', async () => {
    const error = await snapshotSqliteDatabase(join(dir, 'missing.db'), join(dir, 'copy.db')).catch((caught: unknown) => caught);
    expect(isSwitchboardError(error) && error.code).toBe('STORE_FAILURE');
    expect((error as Error).message).toContain(join(dir, 'missing.db'));
  });
});
