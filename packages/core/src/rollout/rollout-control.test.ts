import { describe, expect, it } from 'vitest';
import { memoryEventStore, memoryReleaseStore, memoryRolloutStore, releaseFixture } from '@switchboard/testkit';
import { createRolloutAssignment } from './rollout-assignment.js';
import { createRolloutControl } from './rollout-control.js';

async function setUp() {
  let counter = 0;
  let now = Date.parse('2026-03-01T09:00:00.000Z');
  const stores = { rollouts: memoryRolloutStore(), releases: memoryReleaseStore(), events: memoryEventStore() };
  await stores.releases.create(releaseFixture('r1'));
  await stores.releases.create(releaseFixture('r2'));
  await stores.releases.setServing('r1', null);
  const replica = () =>
    createRolloutControl({ ...stores, clock: () => now, newId: (prefix) => `${prefix}_${++counter}`, settings: { sloP95Ms: 3000 } });
  return { stores, replica, advance: (ms: number) => (now += ms), clock: () => now };
}

describe('createRolloutControl', () => {
  it('lets only one of two replicas ticking at once apply the decision', async () => {
    const { stores, replica, advance } = await setUp();
    const [first, second] = [replica(), replica()];
    await first.start({ release: 'r2', stages: [50, 100], minConversations: 0, minHours: 1, by: 'test' });
    advance(2 * 3_600_000);
    // No data: every guardrail waits, so each tick holds; only one hold is recorded.
    const results = await Promise.all([first.tick(), second.tick()]);
    expect(results.map((result) => result?.decision.action)).toEqual(['hold', 'hold']);
    expect(results.filter((result) => result?.applied)).toHaveLength(1);
    expect((await stores.events.list({ type: 'rollout.decided' })).length).toBe(1);
    expect((await stores.rollouts.latest())?.decisions.map((decision) => decision.action)).toEqual(['start', 'hold']);
  });

  it('promotes the candidate to serving, and refuses steering a finished rollout', async () => {
    const { stores, replica } = await setUp();
    const control = replica();
    await control.start({ release: 'r2', by: 'test' });
    await control.steer('promote', 'ana');
    expect(await stores.releases.serving()).toBe('r2');
    await expect(control.steer('rollback', 'ana')).rejects.toThrow(/the rollout is completed/);
  });

  it('assigns units stickily, growing the candidate only by adding units as the stage grows', async () => {
    const { stores, replica, clock } = await setUp();
    const control = replica();
    await control.start({ release: 'r2', stages: [20, 50, 100], by: 'test' });
    const units = Array.from({ length: 400 }, (_, index) => `device:${index}`);
    const at20 = await Promise.all(units.map((unit) => createRolloutAssignment({ ...stores, holdoutPercent: 5, clock }).current(unit)));
    const rollout = (await stores.rollouts.latest())!;
    await stores.rollouts.update({ ...rollout, stage: 1 }, rollout.version);
    const at50 = await Promise.all(units.map((unit) => createRolloutAssignment({ ...stores, holdoutPercent: 5, clock }).current(unit)));
    at20.forEach((arm, index) => {
      if (arm.arm === 'candidate') expect(at50[index]).toEqual(arm);
      if (arm.arm === 'holdout') expect(at50[index]).toEqual({ release: 'r1', arm: 'holdout' });
    });
    const share = (arms: { arm: string }[]) => arms.filter((arm) => arm.arm === 'candidate').length / arms.length;
    expect(share(at20)).toBeGreaterThan(0.12);
    expect(share(at20)).toBeLessThan(0.28);
    expect(share(at50)).toBeGreaterThan(0.4);
  });
});
