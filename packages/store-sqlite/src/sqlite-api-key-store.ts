/** ApiKeyStore on SQLite: one row per key with its salted hash; names are unique, revocation is one UPDATE. */
import { SwitchboardError, type ApiKeyRecord, type ApiKeyScope, type ApiKeyStore } from '@switchboard/spec';
import type { SqliteDatabase } from './open-sqlite-database.js';

interface ApiKeyRow {
  id: string;
  name: string;
  scope: ApiKeyScope;
  salt: string;
  hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export class SqliteApiKeyStore implements ApiKeyStore {
  constructor(private readonly db: SqliteDatabase) {}

  async create(record: ApiKeyRecord): Promise<void> {
    try {
      this.db
        .prepare(`INSERT INTO api_keys (id, name, scope, salt, hash, created_at, last_used_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(record.id, record.name, record.scope, record.salt, record.hash, record.createdAt, record.lastUsedAt, record.revokedAt);
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' && /api_keys\.name/.test((error as Error).message))
        throw new SwitchboardError(
          'VALIDATION_FAILED',
          `an API key named '${record.name}' already exists (revoked keys keep their name); choose another name`,
          { cause: error },
        );
      throw error;
    }
  }

  async get(id: string): Promise<ApiKeyRecord | null> {
    const row = this.db.prepare('SELECT * FROM api_keys WHERE id = ?').get(id) as ApiKeyRow | undefined;
    return row ? toRecord(row) : null;
  }

  async list(): Promise<ApiKeyRecord[]> {
    return (this.db.prepare('SELECT * FROM api_keys ORDER BY seq').all() as ApiKeyRow[]).map(toRecord);
  }

  async revoke(name: string, at: string): Promise<ApiKeyRecord | null> {
    const row = this.db.prepare('UPDATE api_keys SET revoked_at = coalesce(revoked_at, ?) WHERE name = ? RETURNING *').get(at, name) as
      ApiKeyRow | undefined;
    return row ? toRecord(row) : null;
  }

  async markUsed(id: string, at: string): Promise<void> {
    this.db.prepare('UPDATE api_keys SET last_used_at = ? WHERE id = ?').run(at, id);
  }
}

function toRecord(row: ApiKeyRow): ApiKeyRecord {
  return {
    id: row.id,
    name: row.name,
    scope: row.scope,
    salt: row.salt,
    hash: row.hash,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}
