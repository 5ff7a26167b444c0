/**
 * A/B experiments over the shared stores, for every surface alike (`switchboard experiment …` and GET /v1/experiments):
 * the list with the experiment being served, one experiment's analysis from the event log, and stopping one (a
 * conditional write and an `experiment.stopped` audit event). The same body reaches the CLI's --json and HTTP.
 */
import { SwitchboardError } from '@switchboard/spec';
import type { Clock, EventStore, Experiment, ExperimentStore, IdGenerator, RolloutStore } from '@switchboard/spec';
import type { OutcomeSettings } from '../outcomes/outcome-settings.js';
import { analyseExperiment, type ExperimentAnalysis } from './analyse-experiment.js';
import { servedExperiment } from './experiment-assignment.js';
import { experimentUnits } from './experiment-units.js';

export interface ExperimentControlDependencies {
  readonly experiments: ExperimentStore;
  readonly events: EventStore;
  /** To tell whether a staged rollout takes precedence over the served experiment; none is assumed when absent. */
  readonly rollouts?: RolloutStore;
  readonly clock: Clock;
  readonly newId: IdGenerator;
  /** The windows that settle a conversation's outcome (config `outcomes`). */
  readonly settings?: OutcomeSettings;
}

/** `experiment list --json` and GET /v1/experiments. */
export interface ExperimentList {
  /** Every experiment, oldest first. */
  readonly experiments: readonly Experiment[];
  /** The running experiment whose arms are served now; null when none runs or a staged rollout is running or paused. */
  readonly served: string | null;
}

/** `experiment status NAME --json` and GET /v1/experiments/:name: the analysis with how its units were put in arms. */
export type ExperimentStatus = ExperimentAnalysis & {
  readonly experiment: Experiment;
  /** The end of the analysed window: now, or when the experiment stopped. */
  readonly asOf: string;
  /** `recorded`: every reply named an arm of the experiment (it was served); `release`: some were put in arms by release. */
  readonly assignedBy: 'recorded' | 'release';
  /** Conversations of a unit already in another arm, left out. */
  readonly crossovers: number;
};

export interface ExperimentControl {
  list(): Promise<ExperimentList>;
  /** Rejects with NOT_FOUND naming the experiment when it is unknown. */
  status(name: string): Promise<ExperimentStatus>;
  /** Stops a running experiment; NOT_FOUND when unknown, VALIDATION_FAILED when it is stopped already. */
  stop(name: string, by: string, reason?: string): Promise<Experiment>;
}

const dayMs = 86_400_000;
/** How far before an experiment each customer's covariate (the CUPED pre-period) is read from. */
export const experimentPrePeriodDays = 28;

export function createExperimentControl(deps: ExperimentControlDependencies): ExperimentControl {
  const iso = (): string => new Date(deps.clock()).toISOString();
  const known = async (name: string): Promise<Experiment> => {
    const stored = await deps.experiments.get(name);
    if (!stored) throw new SwitchboardError('NOT_FOUND', `no experiment named '${name}'; create it with 'switchboard experiment create'`);
    return stored;
  };
  return {
    async list() {
      const [experiments, rollout] = await Promise.all([deps.experiments.list(), deps.rollouts?.latest() ?? null]);
      const rolloutActive = rollout?.state === 'running' || rollout?.state === 'paused';
      return { experiments, served: rolloutActive ? null : (servedExperiment(experiments)?.name ?? null) };
    },

    async status(name) {
      const stored = await known(name);
      const asOf = stored.stoppedAt ?? iso();
      const since = new Date(Date.parse(stored.createdAt) - experimentPrePeriodDays * dayMs).toISOString();
      const { units, assignedBy, crossovers } = experimentUnits({
        events: await deps.events.list({ since }),
        experiment: stored,
        asOf,
        ...(deps.settings ? { settings: deps.settings } : {}),
      });
      const analysis = analyseExperiment(units, { arms: stored.arms.map((arm) => arm.name), alpha: stored.alpha, mde: stored.mde });
      return { experiment: stored, asOf, assignedBy, crossovers, ...analysis };
    },

    async stop(name, by, reason) {
      const stored = await known(name);
      if (stored.state !== 'running')
        throw new SwitchboardError(
          'VALIDATION_FAILED',
          `experiment '${name}' was stopped already (at ${stored.stoppedAt ?? 'an unknown time'})`,
        );
      const at = iso();
      if (!(await deps.experiments.stop(name, at)))
        throw new SwitchboardError('VALIDATION_FAILED', `experiment '${name}' was stopped meanwhile by someone else`);
      await deps.events.append({
        id: deps.newId('evt'),
        type: 'experiment.stopped',
        at,
        conversationId: null,
        data: { experiment: name, by, reason: reason ?? null, createdAt: stored.createdAt },
      });
      return { ...stored, state: 'stopped', stoppedAt: at };
    },
  };
}
