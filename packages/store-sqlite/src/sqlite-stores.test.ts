import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conversationStoreContract, embeddingStoreContract, handoffStoreContract, knowledgeStoreContract } from '@switchboard/testkit';
import { createSqliteStores } from './create-sqlite-stores.js';
import { openSqliteDatabase } from './open-sqlite-database.js';
import { migrations } from './migrations.js';

knowledgeStoreContract('SQLite', async () => {
  const stores = createSqliteStores(':memory:');
  return { store: stores.knowledge, close: () => stores.close() };
});

conversationStoreContract('SQLite', async () => {
  const stores = createSqliteStores(':memory:');
  return { conversations: stores.conversations, events: stores.events, close: () => stores.close() };
});

handoffStoreContract('SQLite', async () => {
  const stores = createSqliteStores(':memory:');
  return { handoffs: stores.handoffs, close: () => stores.close() };
});

embeddingStoreContract('SQLite', async () => {
  const stores = createSqliteStores(':memory:');
  return { knowledge: stores.knowledge, embeddings: stores.embeddings, close: () => stores.close() };
});

describe('openSqliteDatabase', () => {
  it('creates the file with WAL and foreign keys, and migrates once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-sqlite-'));
    try {
      const path = join(dir, 'nested', 'store.db');
      const db = openSqliteDatabase(path);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
      db.close();
      const again = openSqliteDatabase(path);
      expect(again.pragma('user_version', { simple: true })).toBe(migrations.length);
      again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
