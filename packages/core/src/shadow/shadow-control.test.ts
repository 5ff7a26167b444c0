import { describe, expect, it } from 'vitest';
import { memoryEventStore, memoryReleaseStore, memoryShadowStore, releaseFixture } from '@switchboard/testkit';
import { createShadowControl } from './shadow-control.js';

function setup() {
  let now = Date.parse('2026-03-01T12:00:00Z');
  let counter = 0;
  const shadows = memoryShadowStore();
  const events = memoryEventStore();
  const releases = memoryReleaseStore();
  const deps = { shadows, events, releases, clock: () => now, newId: (prefix = 'id') => `${prefix}_${++counter}` };
  return { deps, events, releases, shadows, advance: (ms: number) => (now += ms), control: createShadowControl(deps) };
}

describe('createShadowControl', () => {
  it('starts a run of a stored release, records who and the audit event, and stops it', async () => {
    const { control, events, releases } = setup();
    await releases.create(releaseFixture('v2'));
    const run = await control.start({ release: 'v2', percent: 25, by: 'cli:ana' });
    expect(run).toMatchObject({ release: 'v2', percent: 25, state: 'running', by: 'cli:ana', stoppedAt: null, salt: `shadow:${run.id}` });
    expect(await control.current()).toEqual(run);
    const stopped = await control.stop('cli:bo');
    expect(stopped).toMatchObject({ id: run.id, state: 'stopped', stoppedBy: 'cli:bo', stoppedAt: '2026-03-01T12:00:00.000Z' });
    expect(await control.current()).toBeNull();
    expect(await control.latest()).toEqual(stopped);
    expect((await events.list()).map((event) => [event.type, event.data['release'], event.data['by']])).toEqual([
      ['shadow.started', 'v2', 'cli:ana'],
      ['shadow.stopped', 'v2', 'cli:bo'],
    ]);
  });

  it('defaults to 10 percent and refuses a bad percent, an unknown release, a second run and a stop with none running', async () => {
    const { control, releases } = setup();
    await releases.create(releaseFixture('v2'));
    await expect(control.start({ release: 'v2', percent: 0, by: null })).rejects.toThrow(/--percent must be a number from 1 to 100/);
    await expect(control.start({ release: 'v2', percent: 101, by: null })).rejects.toThrow(/--percent/);
    await expect(control.start({ release: 'v9', by: null })).rejects.toThrow(/release 'v9' does not exist/);
    await expect(control.stop(null)).rejects.toThrow(/no shadow run is running/);
    expect((await control.start({ release: 'v2', by: null })).percent).toBe(10);
    await expect(control.start({ release: 'v2', by: null })).rejects.toThrow(/already running/);
  });

  it("follows another replica's start and stop within the cache time", async () => {
    const { deps, control, releases, advance } = setup();
    await releases.create(releaseFixture('v2'));
    const replica = createShadowControl(deps);
    expect(await replica.current()).toBeNull();
    await control.start({ release: 'v2', by: null });
    // Read a moment ago: still the cached answer.
    expect(await replica.current()).toBeNull();
    advance(1000);
    expect(await replica.current()).toMatchObject({ release: 'v2' });
    await control.stop(null);
    advance(1000);
    expect(await replica.current()).toBeNull();
  });
});
