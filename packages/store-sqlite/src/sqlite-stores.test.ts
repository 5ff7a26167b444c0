import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  apiKeyStoreContract,
  conversationStoreContract,
  embeddingStoreContract,
  evalRunStoreContract,
  eventStoreContract,
  handoffStoreContract,
  knowledgeStoreContract,
  releaseStoreContract,
} from '@switchboard/testkit';
import { createSqliteStores } from './create-sqlite-stores.js';
import { openSqliteDatabase } from './open-sqlite-database.js';
import { migrations } from './migrations.js';

knowledgeStoreContract('SQLite', async () => {
  const stores = createSqliteStores(':memory:');
  return { store: stores.knowledge, close: () => stores.close() };
});

conversationStoreContract('SQLite', async () => {
  const stores = createSqliteStores(':memory:');
  return { conversations: stores.conversations, close: () => stores.close() };
});

eventStoreContract('SQLite', async () => {
  const stores = createSqliteStores(':memory:');
  return { events: stores.events, close: () => stores.close() };
});

handoffStoreContract('SQLite', async () => {
  const stores = createSqliteStores(':memory:');
  return { handoffs: stores.handoffs, close: () => stores.close() };
});

embeddingStoreContract('SQLite', async () => {
  const stores = createSqliteStores(':memory:');
  return { knowledge: stores.knowledge, embeddings: stores.embeddings, close: () => stores.close() };
});

apiKeyStoreContract('SQLite', async () => {
  const stores = createSqliteStores(':memory:');
  return { apiKeys: stores.apiKeys, close: () => stores.close() };
});

evalRunStoreContract('SQLite', async () => {
  const stores = createSqliteStores(':memory:');
  return { evalRuns: stores.evalRuns, close: () => stores.close() };
});

// Two connections to one file, as two processes would have: the serving pointer's conditional write holds across them.
releaseStoreContract('SQLite', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'release-store-'));
  const first = createSqliteStores(join(folder, 'switchboard.db'));
  const second = createSqliteStores(join(folder, 'switchboard.db'));
  return {
    releases: first.releases,
    other: second.releases,
    close: () => {
      first.close();
      second.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
});

// Stepping a store back to an older version also undoes what migrations 7 (API keys), 8 (identity) and 9 (the
// conversation summaries) added.
const undoIssue18Migrations =
  'DROP TABLE api_keys; ALTER TABLE conversations DROP COLUMN identity; ALTER TABLE conversations DROP COLUMN device_id; ' +
  'DROP TABLE conversation_summaries; DROP INDEX conversations_by_created';

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
      for (const change of ['inserted', 'updated', 'deleted']) before.exec(`DROP TRIGGER documents_${change}_version`);
      before.exec('DROP TABLE knowledge_version; ALTER TABLE documents DROP COLUMN linked_articles');
      before.exec(undoIssue18Migrations);
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

  it('starts the knowledge version on a store from before it, and has the next ingest re-read its resolved tickets', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-sqlite-'));
    try {
      const path = join(dir, 'store.db');
      const before = openSqliteDatabase(path);
      const added = migrations.findIndex((migration) => migration.includes('CREATE TABLE knowledge_version'));
      for (const change of ['inserted', 'updated', 'deleted']) before.exec(`DROP TRIGGER documents_${change}_version`);
      before.exec('DROP TABLE knowledge_version; ALTER TABLE documents DROP COLUMN linked_articles');
      before.exec(undoIssue18Migrations);
      before.pragma(`user_version = ${added}`);
      before.prepare("INSERT INTO sources (name, type) VALUES ('kb', 'folder')").run();
      const insert = before.prepare(
        "INSERT INTO documents (id, source_name, path, title, source_type, doc_type, content_hash, ingested_at) VALUES (?, 'kb', ?, 'A', 'zendesk-ticket', ?, 'abc', 'now')",
      );
      insert.run('ticket', 't.json#1', 'resolved-ticket');
      insert.run('article', 'a.json#2', 'article');
      before.close();
      const stores = createSqliteStores(path);
      expect(await stores.knowledge.knowledgeVersion()).toBeGreaterThanOrEqual(0);
      expect((await stores.knowledge.listDocuments()).map((document) => [document.id, document.contentHash])).toEqual([
        ['article', 'abc'],
        ['ticket', ''],
      ]);
      stores.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
