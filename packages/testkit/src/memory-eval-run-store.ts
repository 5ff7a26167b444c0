/** An EvalRunStore in memory, for tests of code that saves or reads golden-suite runs. */
import { SwitchboardError, type EvalRunStore, type StoredEvalRun } from '@switchboard/spec';

export function memoryEvalRunStore(): EvalRunStore {
  // In the order saved; a listing sorts a copy.
  const stored: StoredEvalRun[] = [];
  return {
    async save(run) {
      if (stored.some((known) => known.runId === run.runId))
        throw new SwitchboardError('VALIDATION_FAILED', `an evaluation run with id '${run.runId}' is already stored`);
      stored.push({ ...run });
    },
    async get(runId) {
      const found = stored.find((known) => known.runId === runId);
      return found ? { ...found } : null;
    },
    async list(limit) {
      const newestFirst = stored
        .map((run, order) => ({ run, order }))
        .sort((a, b) => (a.run.startedAt === b.run.startedAt ? b.order - a.order : a.run.startedAt < b.run.startedAt ? 1 : -1))
        .map(({ run }) => ({ ...run }));
      return limit === undefined ? newestFirst : newestFirst.slice(0, Math.max(0, Math.floor(limit)));
    },
  };
}
