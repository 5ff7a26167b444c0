/** EvalRunStore on SQLite: one row per golden-suite run, its listing columns beside the whole run as JSON. */
import { SwitchboardError, type EvalRunStore, type StoredEvalRun } from '@switchboard/spec';
import type { SqliteDatabase } from './open-sqlite-database.js';

interface EvalRunRow {
  run_id: string;
  started_at: string;
  config_hash: string;
  knowledge_version: number;
  git_commit: string | null;
  cases_total: number;
  cases_passed: number;
  body: string;
}

export class SqliteEvalRunStore implements EvalRunStore {
  constructor(private readonly db: SqliteDatabase) {}

  async save(run: StoredEvalRun): Promise<void> {
    try {
      this.db
        .prepare(
          `INSERT INTO eval_runs (run_id, started_at, config_hash, knowledge_version, git_commit, cases_total, cases_passed, body)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(run.runId, run.startedAt, run.configHash, run.knowledgeVersion, run.gitCommit, run.casesTotal, run.casesPassed, run.body);
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE')
        throw new SwitchboardError('VALIDATION_FAILED', `an evaluation run with id '${run.runId}' is already stored`, { cause: error });
      throw error;
    }
  }

  async get(runId: string): Promise<StoredEvalRun | null> {
    const row = this.db.prepare('SELECT * FROM eval_runs WHERE run_id = ?').get(runId) as EvalRunRow | undefined;
    return row ? toStored(row) : null;
  }

  async list(limit?: number): Promise<StoredEvalRun[]> {
    // seq breaks ties between runs started in the same millisecond: the one saved last comes first.
    const rows = this.db
      .prepare('SELECT * FROM eval_runs ORDER BY started_at DESC, seq DESC LIMIT ?')
      .all(limit === undefined ? -1 : Math.max(0, Math.floor(limit))) as EvalRunRow[];
    return rows.map(toStored);
  }
}

function toStored(row: EvalRunRow): StoredEvalRun {
  return {
    runId: row.run_id,
    startedAt: row.started_at,
    configHash: row.config_hash,
    knowledgeVersion: row.knowledge_version,
    gitCommit: row.git_commit,
    casesTotal: row.cases_total,
    casesPassed: row.cases_passed,
    body: row.body,
  };
}
