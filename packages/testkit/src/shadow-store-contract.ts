/** The contract every ShadowStore implementation passes. */
import { describe, expect, it } from 'vitest';
import { isSwitchboardError, type ShadowRun, type ShadowStore } from '@switchboard/spec';

export interface ShadowStoreHarness {
  readonly shadows: ShadowStore;
  /** A second handle on the same data, as another replica would open it; absent for stores that live in one process. */
  readonly otherReplica?: ShadowStore;
  close(): Promise<void> | void;
}

const run = (id: string, overrides: Partial<ShadowRun> = {}): ShadowRun => ({
  id,
  release: 'r2',
  percent: 10,
  salt: `shadow:${id}`,
  state: 'running',
  startedAt: '2026-03-01T10:00:00.000Z',
  stoppedAt: null,
  by: 'cli:ana',
  stoppedBy: null,
  ...overrides,
});

export function shadowStoreContract(name: string, open: () => Promise<ShadowStoreHarness>): void {
  describe(`ShadowStore contract: ${name}`, () => {
    it('reads back a started run exactly, as the current and the latest one', async () => {
      const { shadows, otherReplica, close } = await open();
      try {
        expect(await shadows.current()).toBeNull();
        expect(await shadows.latest()).toBeNull();
        await shadows.start(run('a'));
        expect(await shadows.current()).toEqual(run('a'));
        expect(await (otherReplica ?? shadows).latest()).toEqual(run('a'));
      } finally {
        await close();
      }
    });

    it('refuses a second run while one is running, naming it, and allows one after it stops', async () => {
      const { shadows, otherReplica, close } = await open();
      try {
        const other = otherReplica ?? shadows;
        await shadows.start(run('a'));
        const refused = await other.start(run('b', { release: 'r3' })).then(
          () => null,
          (error: unknown) => error,
        );
        expect(isSwitchboardError(refused) && refused.code).toBe('VALIDATION_FAILED');
        expect((refused as Error).message).toContain("'r2'");
        expect(await other.stop('2026-03-02T10:00:00.000Z', 'cli:bo')).toEqual(
          run('a', { state: 'stopped', stoppedAt: '2026-03-02T10:00:00.000Z', stoppedBy: 'cli:bo' }),
        );
        expect(await shadows.current()).toBeNull();
        await shadows.start(run('b', { release: 'r3', startedAt: '2026-03-03T10:00:00.000Z' }));
        expect(await other.latest()).toMatchObject({ id: 'b', release: 'r3', state: 'running' });
      } finally {
        await close();
      }
    });

    it('answers the stopped run to exactly one of two stops, and null when none runs', async () => {
      const { shadows, otherReplica, close } = await open();
      try {
        expect(await shadows.stop('2026-03-02T10:00:00.000Z', null)).toBeNull();
        await shadows.start(run('a'));
        const results = await Promise.all([
          shadows.stop('2026-03-02T10:00:00.000Z', 'cli:ana'),
          (otherReplica ?? shadows).stop('2026-03-02T10:00:01.000Z', 'cli:bo'),
        ]);
        expect(results.filter((stopped) => stopped !== null)).toHaveLength(1);
        expect(await shadows.latest()).toMatchObject({ id: 'a', state: 'stopped' });
      } finally {
        await close();
      }
    });
  });
}
