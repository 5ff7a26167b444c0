import { describe, expect, it } from 'vitest';
import type { SwitchboardEvent } from '@switchboard/spec';
import { experimentFixture, memoryExperimentStore, memoryReleaseStore, memoryRolloutStore, releaseFixture } from '@switchboard/testkit';
import { createRolloutAssignment } from '../rollout/rollout-assignment.js';
import { experimentAssignment, servedExperiment } from './experiment-assignment.js';
import { experimentUnits } from './experiment-units.js';

const units = Array.from({ length: 2000 }, (_, index) => `device:d${index}`);

describe('servedExperiment', () => {
  it('serves the oldest running experiment, so a later one cannot reshuffle a running split', () => {
    expect(servedExperiment([])).toBeNull();
    expect(
      servedExperiment([
        experimentFixture({ name: 'old', state: 'stopped' }),
        experimentFixture({ name: 'a' }),
        experimentFixture({ name: 'b' }),
      ])?.name,
    ).toBe('a');
    expect(servedExperiment([experimentFixture({ name: 'old', state: 'stopped' })])).toBeNull();
  });
});

describe('experimentAssignment', () => {
  it('splits units evenly and stickily across the arms, holding out holdoutPercent on the serving release', () => {
    const tone = experimentFixture({ name: 'tone' });
    const assigned = units.map((unit) => experimentAssignment(tone, unit, 'r0'));
    expect(units.map((unit) => experimentAssignment(tone, unit, 'r0'))).toEqual(assigned);
    const count = (arm: string) => assigned.filter((served) => served.arm === arm).length;
    expect(count('holdout') / units.length).toBeGreaterThan(0.08);
    expect(count('holdout') / units.length).toBeLessThan(0.12);
    expect(count('A') / (count('A') + count('B'))).toBeGreaterThan(0.46);
    expect(count('A') / (count('A') + count('B'))).toBeLessThan(0.54);
    for (const served of assigned)
      expect(served).toEqual(
        served.arm === 'holdout'
          ? { release: 'r0', arm: 'holdout' }
          : { release: served.arm === 'A' ? 'r1' : 'r2', arm: served.arm, experiment: 'tone' },
      );
    // Another experiment's salt reshuffles the arms, but the permanent holdout keeps the same customers.
    const other = units.map((unit) => experimentAssignment(experimentFixture({ name: 'other' }), unit, 'r0'));
    expect(other.filter((served, index) => served.arm !== 'holdout' && served.arm !== assigned[index]?.arm).length).toBeGreaterThan(700);
    expect(other.map((served) => served.arm === 'holdout')).toEqual(assigned.map((served) => served.arm === 'holdout'));
  });
});

describe('serving an experiment through the release assignment', () => {
  async function setUp() {
    let now = Date.parse('2026-03-01T09:00:00.000Z');
    const stores = { rollouts: memoryRolloutStore(), releases: memoryReleaseStore(), experiments: memoryExperimentStore() };
    for (const name of ['r0', 'r1', 'r2', 'r3']) await stores.releases.create(releaseFixture(name));
    await stores.releases.setServing('r0', null);
    const assignment = createRolloutAssignment({ ...stores, holdoutPercent: 5, clock: () => now });
    return { stores, assignment, advance: (ms: number) => (now += ms) };
  }

  it('serves a running experiment’s arms, yields to a staged rollout, and follows a stop within the cache', async () => {
    const { stores, assignment, advance } = await setUp();
    expect(await assignment.current('device:x')).toEqual({ release: 'r0', arm: 'baseline' });
    const tone = experimentFixture({ name: 'tone' });
    await stores.experiments.create(tone);
    advance(1000);
    for (const unit of units.slice(0, 50)) expect(await assignment.current(unit)).toEqual(experimentAssignment(tone, unit, 'r0'));

    await stores.rollouts.create({
      id: 'ro1',
      release: 'r3',
      baseline: 'r0',
      state: 'running',
      stage: 0,
      stages: [100],
      firstStageIntents: [],
      minConversations: 1,
      minHours: 0,
      salt: 'rollout:ro1',
      startedAt: '2026-03-01T09:00:01.000Z',
      stageStartedAt: '2026-03-01T09:00:01.000Z',
      decisions: [],
      version: 0,
    });
    advance(1000);
    const during = await Promise.all(units.slice(0, 50).map((unit) => assignment.current(unit)));
    expect(new Set(during.map((served) => served.release))).toEqual(new Set(['r3', 'r0']));
    expect(during.every((served) => served.arm === 'candidate' || served.arm === 'holdout')).toBe(true);

    const rollout = (await stores.rollouts.latest())!;
    await stores.rollouts.update({ ...rollout, state: 'rolled_back' }, rollout.version);
    advance(1000);
    expect(await assignment.current(units[0]!)).toEqual(experimentAssignment(tone, units[0]!, 'r0'));

    await stores.experiments.stop('tone', '2026-03-01T09:00:05.000Z');
    advance(1000);
    expect(await assignment.current(units[0]!)).toEqual({ release: 'r0', arm: 'baseline' });
  });

  it('is read back by experimentUnits as recorded, each unit in the arm it was served, the holdout left out', async () => {
    const { stores, assignment } = await setUp();
    const tone = experimentFixture({ name: 'tone' });
    await stores.experiments.create(tone);
    const events: SwitchboardEvent[] = [];
    const served = new Map<string, string>();
    for (const [index, unit] of units.slice(0, 400).entries()) {
      const arm = await assignment.current(unit);
      served.set(unit, arm.arm);
      const conversationId = `c${index}`;
      const at = '2026-03-01T09:30:00.000Z';
      const event = (type: string, data: Record<string, unknown>): SwitchboardEvent => ({
        id: `${conversationId}-${type}`,
        type,
        at,
        conversationId,
        data,
      });
      events.push(
        event('conversation.created', { deviceId: unit.slice('device:'.length) }),
        event('message.received', { text: 'hi' }),
        event('message.answered', { release: arm.release, arm: arm.arm, experiment: arm.experiment, language: 'en' }),
      );
      if (index % 4 === 0) events.push(event('handoff.created', { reason: 'customer_request' }));
    }
    const result = experimentUnits({ events, experiment: tone, asOf: '2026-03-02T09:00:00.000Z' });
    // A second experiment with the same arms and releases, created alongside but not served, reads none of them.
    const twin = experimentFixture({ name: 'tone-twin' });
    expect(experimentUnits({ events, experiment: twin, asOf: '2026-03-02T09:00:00.000Z' }).units).toEqual([]);
    expect(result.assignedBy).toBe('recorded');
    expect(result.crossovers).toBe(0);
    const heldOut = [...served.values()].filter((arm) => arm === 'holdout').length;
    expect(heldOut).toBeGreaterThan(0);
    expect(result.units).toHaveLength(400 - heldOut);
    for (const unit of result.units) expect(unit.arm).toBe(served.get(unit.unit));
  });

  it('puts an A/A experiment’s units, when read by release, in the arms serving gave them', async () => {
    const { assignment, stores } = await setUp();
    const sanity = experimentFixture({
      name: 'sanity',
      aa: true,
      arms: [
        { name: 'A', release: 'r1' },
        { name: 'B', release: 'r1' },
      ],
    });
    await stores.experiments.create(sanity);
    const events: SwitchboardEvent[] = [];
    const served = new Map<string, string>();
    for (const [index, unit] of units.slice(0, 200).entries()) {
      const arm = await assignment.current(unit);
      if (arm.arm === 'holdout') continue;
      served.set(unit, arm.arm);
      const event = (type: string, data: Record<string, unknown>): SwitchboardEvent => ({
        id: `c${index}-${type}`,
        type,
        at: '2026-03-01T09:30:00.000Z',
        conversationId: `c${index}`,
        data,
      });
      // Recorded without the arm (as before experiments were served): the salt and weights must give the same split.
      events.push(
        event('conversation.created', { deviceId: unit.slice('device:'.length) }),
        event('message.received', { text: 'hi' }),
        event('message.answered', { release: arm.release }),
      );
    }
    const result = experimentUnits({ events, experiment: sanity, asOf: '2026-03-02T09:00:00.000Z' });
    expect(result.assignedBy).toBe('release');
    expect(result.units).toHaveLength(served.size);
    for (const unit of result.units) expect(unit.arm).toBe(served.get(unit.unit));
  });
});
