/** An ExperimentStore in memory, for tests of code that creates or reads experiments. */
import { SwitchboardError, type Experiment, type ExperimentStore } from '@switchboard/spec';

const copy = (experiment: Experiment): Experiment => JSON.parse(JSON.stringify(experiment)) as Experiment;

export function memoryExperimentStore(): ExperimentStore {
  // In the order created.
  const stored: Experiment[] = [];
  return {
    async create(experiment) {
      if (stored.some((known) => known.name === experiment.name))
        throw new SwitchboardError('VALIDATION_FAILED', `an experiment named '${experiment.name}' already exists; pick another name`);
      stored.push(copy(experiment));
    },
    async get(name) {
      const found = stored.find((known) => known.name === name);
      return found ? copy(found) : null;
    },
    async list() {
      return stored.map(copy);
    },
    async stop(name, stoppedAt) {
      const index = stored.findIndex((known) => known.name === name);
      const found = stored[index];
      if (!found || found.state !== 'running') return false;
      stored[index] = { ...found, state: 'stopped', stoppedAt };
      return true;
    },
  };
}
