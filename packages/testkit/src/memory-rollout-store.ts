/** A RolloutStore in memory, for tests of code that starts, ticks or reads rollouts. */
import type { Rollout, RolloutStore } from '@switchboard/spec';

const copy = (rollout: Rollout): Rollout => JSON.parse(JSON.stringify(rollout)) as Rollout;
const isActive = (rollout: Rollout): boolean => rollout.state === 'running' || rollout.state === 'paused';

export function memoryRolloutStore(): RolloutStore {
  // In the order started.
  const stored: Rollout[] = [];
  return {
    async create(rollout) {
      if (stored.some(isActive) || stored.some((known) => known.id === rollout.id)) return false;
      stored.push(copy(rollout));
      return true;
    },
    async get(id) {
      const found = stored.find((known) => known.id === id);
      return found ? copy(found) : null;
    },
    async latest() {
      const last = stored[stored.length - 1];
      return last ? copy(last) : null;
    },
    async update(next, expectedVersion) {
      const index = stored.findIndex((known) => known.id === next.id);
      if (index < 0 || stored[index]?.version !== expectedVersion) return false;
      stored[index] = copy({ ...next, version: expectedVersion + 1 });
      return true;
    },
  };
}
