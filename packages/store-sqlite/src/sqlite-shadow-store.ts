/** ShadowStore on SQLite: a row per run with its JSON; a partial unique index keeps at most one running. */
import { SwitchboardError, type ShadowRun, type ShadowStore } from '@switchboard/spec';
import type { SqliteDatabase } from './open-sqlite-database.js';

const parse = (row: { body: string } | undefined): ShadowRun | null => (row ? (JSON.parse(row.body) as ShadowRun) : null);

export class SqliteShadowStore implements ShadowStore {
  constructor(private readonly db: SqliteDatabase) {}

  async start(run: ShadowRun): Promise<void> {
    // One statement, so the check for a running run and the insert cannot interleave with another process's; the
    // index `one_running_shadow_run` refuses a second running row even so.
    const insert = this.db.prepare(
      `INSERT INTO shadow_runs (id, state, body) SELECT ?, 'running', ?
       WHERE NOT EXISTS (SELECT 1 FROM shadow_runs WHERE state = 'running')`,
    );
    let changes = 0;
    try {
      changes = insert.run(run.id, JSON.stringify({ ...run, state: 'running', stoppedAt: null, stoppedBy: null })).changes;
    } catch (error) {
      if (!/UNIQUE/i.test((error as Error).message))
        throw new SwitchboardError('STORE_FAILURE', 'cannot store the shadow run', { cause: error });
    }
    if (changes === 1) return;
    const running = await this.current();
    throw new SwitchboardError(
      'VALIDATION_FAILED',
      running
        ? `a shadow run of release '${running.release}' is already running (started ${running.startedAt}); stop it first: switchboard shadow stop`
        : `a shadow run with id '${run.id}' exists already`,
    );
  }

  async current(): Promise<ShadowRun | null> {
    return parse(this.db.prepare("SELECT body FROM shadow_runs WHERE state = 'running'").get() as { body: string } | undefined);
  }

  async latest(): Promise<ShadowRun | null> {
    return parse(this.db.prepare('SELECT body FROM shadow_runs ORDER BY seq DESC LIMIT 1').get() as { body: string } | undefined);
  }

  async stop(at: string, by: string | null): Promise<ShadowRun | null> {
    const running = await this.current();
    if (!running) return null;
    const stopped: ShadowRun = { ...running, state: 'stopped', stoppedAt: at, stoppedBy: by };
    // Conditional on the row still running, so of two concurrent stops exactly one changes it.
    const result = this.db
      .prepare("UPDATE shadow_runs SET state = 'stopped', body = ? WHERE id = ? AND state = 'running'")
      .run(JSON.stringify(stopped), running.id);
    return result.changes === 1 ? stopped : null;
  }
}
