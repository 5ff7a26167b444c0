/** ReleaseStore on SQLite: one row per release with its snapshot as JSON, and a one-row pointer to the serving one. */
import { SwitchboardError, type Release, type ReleaseSnapshot, type ReleaseStore } from '@switchboard/spec';
import type { SqliteDatabase } from './open-sqlite-database.js';

interface ReleaseRow {
  name: string;
  hash: string;
  created_at: string;
  note: string | null;
  forced: string | null;
  snapshot: string;
}

export class SqliteReleaseStore implements ReleaseStore {
  constructor(private readonly db: SqliteDatabase) {}

  async create(release: Release): Promise<void> {
    try {
      this.db
        .prepare('INSERT INTO releases (name, hash, created_at, note, forced, snapshot) VALUES (?, ?, ?, ?, ?, ?)')
        .run(release.name, release.hash, release.createdAt, release.note, release.forced, JSON.stringify(release.snapshot));
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE')
        throw new SwitchboardError(
          'VALIDATION_FAILED',
          `a release named '${release.name}' already exists; releases never change, pick another name`,
          {
            cause: error,
          },
        );
      throw error;
    }
  }

  async get(name: string): Promise<Release | null> {
    const row = this.db.prepare('SELECT * FROM releases WHERE name = ?').get(name) as ReleaseRow | undefined;
    return row ? toRelease(row) : null;
  }

  async list(): Promise<Release[]> {
    return (this.db.prepare('SELECT * FROM releases ORDER BY seq').all() as ReleaseRow[]).map(toRelease);
  }

  async serving(): Promise<string | null> {
    const row = this.db.prepare('SELECT name FROM serving_release WHERE id = 1').get() as { name: string | null } | undefined;
    return row?.name ?? null;
  }

  async setServing(name: string, expectedCurrent: string | null): Promise<boolean> {
    if (!this.db.prepare('SELECT 1 FROM releases WHERE name = ?').get(name))
      throw new SwitchboardError('NOT_FOUND', `no release named '${name}'; 'switchboard release list' shows them`);
    // One conditional statement: SQLite serialises writers, so of two processes expecting the same pointer one matches.
    const result = this.db.prepare('UPDATE serving_release SET name = ? WHERE id = 1 AND name IS ?').run(name, expectedCurrent);
    return result.changes === 1;
  }
}

function toRelease(row: ReleaseRow): Release {
  return {
    name: row.name,
    hash: row.hash,
    createdAt: row.created_at,
    note: row.note,
    forced: row.forced,
    snapshot: JSON.parse(row.snapshot) as ReleaseSnapshot,
  };
}
