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

  it('has the next ingest re-read documents stored before superseded_by existed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-sqlite-'));
    try {
      const path = join(dir, 'store.db');
      const before = openSqliteDatabase(path);
      // Step back to the schema before the column (and the migrations after it), with one document stored under it.
      const added = migrations.findIndex((migration) => migration.includes('ADD COLUMN superseded_by'));
      before.exec('ALTER TABLE documents DROP COLUMN superseded_by');
      before.exec('ALTER TABLE traces DROP COLUMN request_id');
      before.pragma(`user_version = ${added}`);
      before.prepare("INSERT INTO sources (name, type) VALUES ('kb', 'folder')").run();
      before
        .prepare(
          "INSERT INTO documents (id, source_name, path, title, source_type, content_hash, ingested_at) VALUES ('d', 'kb', 'a.md', 'A', 'markdown', 'abc', 'now')",
        )
        .run();
      before.close();
      const after = openSqliteDatabase(path);
      expect(after.prepare('SELECT content_hash, superseded_by FROM documents').get()).toEqual({ content_hash: '', superseded_by: null });
      after.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
