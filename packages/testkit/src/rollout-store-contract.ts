/** The contract every RolloutStore implementation passes. */
import { describe, expect, it } from 'vitest';
import type { Rollout, RolloutStore } from '@switchboard/spec';

export interface RolloutStoreHarness {
  readonly rollouts: RolloutStore;
  /** A second handle on the same data, as another replica would open it; absent for stores that live in one process. */
  readonly otherReplica?: RolloutStore;
  close(): Promise<void> | void;
}

const rollout = (id: string, overrides: Partial<Rollout> = {}): Rollout => ({
  id,
  release: 'r2',
  baseline: 'r1',
  state: 'running',
  stage: 0,
  stages: [5, 20, 50, 100],
  firstStageIntents: ['order_status'],
  minConversations: 100,
  minHours: 24,
  salt: `salt-${id}`,
  startedAt: '2026-03-01T10:00:00.000Z',
  stageStartedAt: '2026-03-01T10:00:00.000Z',
  decisions: [{ at: '2026-03-01T10:00:00.000Z', action: 'start', reason: 'started by ana', guardrail: null }],
  version: 0,
  ...overrides,
});

export function rolloutStoreContract(name: string, open: () => Promise<RolloutStoreHarness>): void {
  describe(`RolloutStore contract: ${name}`, () => {
    it('reads back a started rollout exactly, by id and as the latest', async () => {
      const { rollouts, close } = await open();
      try {
        expect(await rollouts.latest()).toBeNull();
        expect(await rollouts.create(rollout('a'))).toBe(true);
        expect(await rollouts.get('a')).toEqual(rollout('a'));
        expect(await rollouts.latest()).toEqual(rollout('a'));
        expect(await rollouts.get('missing')).toBeNull();
      } finally {
        await close();
      }
    });

    it('refuses a second rollout while one is running or paused, and allows one after it ends', async () => {
      const { rollouts, close } = await open();
      try {
        await rollouts.create(rollout('a'));
        expect(await rollouts.create(rollout('b'))).toBe(false);
        expect(await rollouts.update(rollout('a', { state: 'paused' }), 0)).toBe(true);
        expect(await rollouts.create(rollout('b'))).toBe(false);
        expect(await rollouts.update(rollout('a', { state: 'rolled_back' }), 1)).toBe(true);
        expect(await rollouts.create(rollout('b'))).toBe(true);
        expect((await rollouts.latest())?.id).toBe('b');
      } finally {
        await close();
      }
    });

    it('applies exactly one of two updates from the same version, and numbers versions', async () => {
      const { rollouts, otherReplica, close } = await open();
      try {
        const other = otherReplica ?? rollouts;
        await rollouts.create(rollout('a'));
        const results = await Promise.all([
          rollouts.update(rollout('a', { stage: 1 }), 0),
          other.update(rollout('a', { state: 'rolled_back' }), 0),
        ]);
        expect(results.filter(Boolean)).toHaveLength(1);
        const stored = await other.get('a');
        expect(stored?.version).toBe(1);
        expect(stored?.stage === 1 || stored?.state === 'rolled_back').toBe(true);
        expect(await rollouts.update(rollout('a', { stage: 2 }), 0)).toBe(false);
        expect(await rollouts.update(rollout('a', { stage: 2 }), 1)).toBe(true);
        expect(await other.get('a')).toMatchObject({ stage: 2, version: 2 });
      } finally {
        await close();
      }
    });
  });
}
