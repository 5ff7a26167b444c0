/** ExperimentStore on SQLite: one row per experiment, its arms as JSON; a stopped one's time in experiment_stops. */
import { SwitchboardError, type Experiment, type ExperimentArm, type ExperimentStore } from '@switchboard/spec';
import type { SqliteDatabase } from './open-sqlite-database.js';

interface ExperimentRow {
  name: string;
  arms: string;
  metric: Experiment['metric'];
  mde: number;
  alpha: number;
  power: number;
  salt: string;
  holdout_percent: number;
  aa: number;
  created_at: string;
  state: Experiment['state'];
  stopped_at: string | null;
}

const selectExperiments = 'SELECT experiments.*, experiment_stops.stopped_at FROM experiments LEFT JOIN experiment_stops USING (name)';

export class SqliteExperimentStore implements ExperimentStore {
  constructor(private readonly db: SqliteDatabase) {}

  async create(experiment: Experiment): Promise<void> {
    try {
      this.db
        .prepare(
          `INSERT INTO experiments (name, arms, metric, mde, alpha, power, salt, holdout_percent, aa, created_at, state)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          experiment.name,
          JSON.stringify(experiment.arms),
          experiment.metric,
          experiment.mde,
          experiment.alpha,
          experiment.power,
          experiment.salt,
          experiment.holdoutPercent,
          experiment.aa ? 1 : 0,
          experiment.createdAt,
          experiment.state,
        );
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE')
        throw new SwitchboardError('VALIDATION_FAILED', `an experiment named '${experiment.name}' already exists; pick another name`, {
          cause: error,
        });
      throw error;
    }
  }

  async get(name: string): Promise<Experiment | null> {
    const row = this.db.prepare(`${selectExperiments} WHERE name = ?`).get(name) as ExperimentRow | undefined;
    return row ? toExperiment(row) : null;
  }

  async list(): Promise<Experiment[]> {
    return (this.db.prepare(`${selectExperiments} ORDER BY seq`).all() as ExperimentRow[]).map(toExperiment);
  }

  async stop(name: string, stoppedAt: string): Promise<boolean> {
    // The UPDATE's condition on state is the conditional write: a second stop, here or in another process, changes no row.
    return this.db.transaction(() => {
      const changed = this.db.prepare("UPDATE experiments SET state = 'stopped' WHERE name = ? AND state = 'running'").run(name).changes;
      if (changed === 0) return false;
      this.db.prepare('INSERT OR REPLACE INTO experiment_stops (name, stopped_at) VALUES (?, ?)').run(name, stoppedAt);
      return true;
    })();
  }
}

function toExperiment(row: ExperimentRow): Experiment {
  return {
    name: row.name,
    arms: JSON.parse(row.arms) as ExperimentArm[],
    metric: row.metric,
    mde: row.mde,
    alpha: row.alpha,
    power: row.power,
    salt: row.salt,
    holdoutPercent: row.holdout_percent,
    aa: row.aa === 1,
    createdAt: row.created_at,
    state: row.state,
    ...(row.stopped_at === null ? {} : { stoppedAt: row.stopped_at }),
  };
}
