/** RuntimeSwitchStore on SQLite: one row per switch, read on every call so other processes' changes show at once. */
import type { RuntimeSwitch, RuntimeSwitchStore } from '@switchboard/spec';
import type { SqliteDatabase } from './open-sqlite-database.js';

interface RuntimeSwitchRow {
  is_on: number;
  reason: string | null;
  set_by: string | null;
  set_at: string;
}

export class SqliteRuntimeSwitchStore implements RuntimeSwitchStore {
  constructor(private readonly db: SqliteDatabase) {}

  async get(name: string): Promise<RuntimeSwitch | null> {
    const row = this.db.prepare('SELECT is_on, reason, set_by, set_at FROM runtime_switches WHERE name = ?').get(name) as
      RuntimeSwitchRow | undefined;
    return row ? { on: row.is_on === 1, reason: row.reason, by: row.set_by, at: row.set_at } : null;
  }

  async set(name: string, state: RuntimeSwitch): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO runtime_switches (name, is_on, reason, set_by, set_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(name) DO UPDATE SET is_on = excluded.is_on, reason = excluded.reason, set_by = excluded.set_by, set_at = excluded.set_at`,
      )
      .run(name, state.on ? 1 : 0, state.reason, state.by, state.at);
  }
}
