/** RolloutStore on SQLite: a row per rollout with its JSON, changed only by conditional writes on its version. */
import type { Rollout, RolloutStore } from '@switchboard/spec';
import type { SqliteDatabase } from './open-sqlite-database.js';

const active = "state IN ('running', 'paused')";

export class SqliteRolloutStore implements RolloutStore {
  constructor(private readonly db: SqliteDatabase) {}

  async create(rollout: Rollout): Promise<boolean> {
    // One statement, so the check for an active rollout and the insert cannot interleave with another process's.
    const result = this.db
      .prepare(
        `INSERT INTO rollouts (id, state, version, body) SELECT ?, ?, ?, ?
         WHERE NOT EXISTS (SELECT 1 FROM rollouts WHERE ${active})`,
      )
      .run(rollout.id, rollout.state, rollout.version, JSON.stringify(rollout));
    return result.changes === 1;
  }

  async get(id: string): Promise<Rollout | null> {
    const row = this.db.prepare('SELECT body FROM rollouts WHERE id = ?').get(id) as { body: string } | undefined;
    return row ? (JSON.parse(row.body) as Rollout) : null;
  }

  async latest(): Promise<Rollout | null> {
    const row = this.db.prepare('SELECT body FROM rollouts ORDER BY seq DESC LIMIT 1').get() as { body: string } | undefined;
    return row ? (JSON.parse(row.body) as Rollout) : null;
  }

  async update(next: Rollout, expectedVersion: number): Promise<boolean> {
    const stored: Rollout = { ...next, version: expectedVersion + 1 };
    const result = this.db
      .prepare('UPDATE rollouts SET state = ?, version = ?, body = ? WHERE id = ? AND version = ?')
      .run(stored.state, stored.version, JSON.stringify(stored), stored.id, expectedVersion);
    return result.changes === 1;
  }
}
