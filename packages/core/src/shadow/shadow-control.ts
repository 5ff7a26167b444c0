/**
 * Starting, stopping and reading shadow runs (`switchboard shadow …`, the server). The run lives in the shared store,
 * so every replica follows a start or stop within `cacheMilliseconds`, as with the kill switch; each start and stop
 * is a `shadow.started` / `shadow.stopped` audit event.
 */
import {
  SwitchboardError,
  type Clock,
  type EventStore,
  type IdGenerator,
  type ReleaseStore,
  type ShadowRun,
  type ShadowStore,
} from '@switchboard/spec';
import { createRecentRead } from '../release/recent-read.js';

/** How long a replica trusts the run it read: a start or stop shows on every replica within this. */
export const defaultShadowCacheMilliseconds = 1000;

/** The share of units shadowed when `--percent` is not given. */
export const defaultShadowPercent = 10;

export interface ShadowStart {
  readonly release: string;
  /** 1–100; `defaultShadowPercent` when absent. */
  readonly percent?: number;
  /** Who starts it: the API key's name, or `cli:<user>`. */
  readonly by: string | null;
}

export interface ShadowControl {
  /** The running run through the cache (at most `cacheMilliseconds` old): what each message checks. */
  current(): Promise<ShadowRun | null>;
  /** The running run as stored now, else the latest stopped one; null when none was ever started. */
  latest(): Promise<ShadowRun | null>;
  /** Starts a run of a stored release. VALIDATION_FAILED for a bad percent or while another runs; NOT_FOUND for an unknown release. */
  start(start: ShadowStart): Promise<ShadowRun>;
  /** Stops the running run; NOT_FOUND when none runs. */
  stop(by: string | null): Promise<ShadowRun>;
}

export interface ShadowControlDependencies {
  readonly shadows: ShadowStore;
  readonly releases: Pick<ReleaseStore, 'get'>;
  readonly events: EventStore;
  readonly clock: Clock;
  readonly newId: IdGenerator;
  /** At most 2000; `defaultShadowCacheMilliseconds` when absent. */
  readonly cacheMilliseconds?: number;
}

export function createShadowControl(deps: ShadowControlDependencies): ShadowControl {
  const running = createRecentRead(() => deps.shadows.current(), deps.clock, deps.cacheMilliseconds ?? defaultShadowCacheMilliseconds);
  const audit = async (type: 'shadow.started' | 'shadow.stopped', run: ShadowRun, at: string, by: string | null): Promise<void> =>
    deps.events.append({
      id: deps.newId('evt'),
      type,
      at,
      conversationId: null,
      data: { runId: run.id, release: run.release, percent: run.percent, by },
    });
  return {
    current: () => running.current(),
    async latest() {
      return (await deps.shadows.current()) ?? deps.shadows.latest();
    },
    async start({ release, percent = defaultShadowPercent, by }) {
      if (!(Number.isFinite(percent) && percent >= 1 && percent <= 100))
        throw new SwitchboardError('VALIDATION_FAILED', `--percent must be a number from 1 to 100, got ${percent}`);
      if (!(await deps.releases.get(release)))
        throw new SwitchboardError('NOT_FOUND', `release '${release}' does not exist; see switchboard release list`);
      const at = new Date(deps.clock()).toISOString();
      const id = deps.newId('shadow');
      const run: ShadowRun = {
        id,
        release,
        percent,
        salt: `shadow:${id}`,
        state: 'running',
        startedAt: at,
        stoppedAt: null,
        by,
        stoppedBy: null,
      };
      await deps.shadows.start(run);
      running.remember(run);
      await audit('shadow.started', run, at, by);
      return run;
    },
    async stop(by) {
      const at = new Date(deps.clock()).toISOString();
      const stopped = await deps.shadows.stop(at, by);
      if (!stopped) throw new SwitchboardError('NOT_FOUND', 'no shadow run is running; start one with switchboard shadow start NAME');
      running.remember(null);
      await audit('shadow.stopped', stopped, at, by);
      return stopped;
    },
  };
}
