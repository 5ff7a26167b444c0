/** A ShadowStore in memory, for tests of code that starts, stops or reads shadow runs. */
import { SwitchboardError, type ShadowRun, type ShadowStore } from '@switchboard/spec';

const copy = (run: ShadowRun): ShadowRun => JSON.parse(JSON.stringify(run)) as ShadowRun;

export function memoryShadowStore(): ShadowStore {
  // In the order started.
  const stored: ShadowRun[] = [];
  const running = (): number => stored.findIndex((run) => run.state === 'running');
  return {
    async start(run) {
      const active = stored[running()];
      if (active)
        throw new SwitchboardError('VALIDATION_FAILED', `a shadow run of release '${active.release}' is already running; stop it first`);
      if (stored.some((known) => known.id === run.id))
        throw new SwitchboardError('VALIDATION_FAILED', `a shadow run with id '${run.id}' exists already`);
      stored.push(copy({ ...run, state: 'running', stoppedAt: null, stoppedBy: null }));
    },
    async current() {
      const active = stored[running()];
      return active ? copy(active) : null;
    },
    async latest() {
      const last = stored[stored.length - 1];
      return last ? copy(last) : null;
    },
    async stop(at, by) {
      const index = running();
      const active = stored[index];
      if (!active) return null;
      const stopped: ShadowRun = { ...active, state: 'stopped', stoppedAt: at, stoppedBy: by };
      stored[index] = copy(stopped);
      return copy(stopped);
    },
  };
}
