/**
 * Issue 20 item 5 over HTTP on real SQLite: a running experiment's arms are served per customer (the rollout wins
 * while one runs), GET /v1/experiments/:name reads the served arms back as `recorded` with the same body core's
 * control gives the CLI, GET /v1/rollout gives `rollout status --json`'s body, and all three are for admins only.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { createExperimentControl, experimentAssignment, type ExperimentControl } from '@switchboard/core/experiments';
import { createRolloutAssignment, createRolloutControl, type RolloutControl } from '@switchboard/core/rollout';
import type { Experiment } from '@switchboard/spec';
import type { SqliteStores } from '@switchboard/store-sqlite';
import { experimentFixture } from '@switchboard/testkit';
import { createTestKeys, withKey } from './__fixtures__/test-api-keys.js';
import { customerConversation, postOk } from './__fixtures__/customer-conversation.js';
import { keyedApp } from './__fixtures__/keyed-app.js';
import { temporaryStores, type TemporaryStores } from './__fixtures__/temporary-stores.js';

let counter = 0;
const newId = (prefix?: string): string => `${prefix ?? 'id'}_${++counter}`;
const tone = experimentFixture({ salt: 'experiment:tone:1' });
const errorOf = (response: { json<T>(): T }) => response.json<{ error: { code: string; message: string } }>().error;

describe('GET /v1/experiments, /v1/experiments/:name and /v1/rollout (issue 20)', () => {
  let temporary: TemporaryStores;
  let stores: SqliteStores;
  let app: FastifyInstance;
  let experiments: ExperimentControl;
  let rollout: RolloutControl;
  let now: number;
  let adminKey: string;
  let agentKey: string;
  let widgetKey: string;

  const get = (key: string, url: string) => app.inject(withKey(key, { method: 'GET', url } as InjectOptions));
  const post = (key: string, url: string) => postOk(app, key, url);
  /** One customer's conversation from their device: the release and arm that answered it. */
  const converse = (device: string) => customerConversation(app, widgetKey, device);

  beforeEach(async () => {
    temporary = await temporaryStores(['r0', 'r1', 'r2', 'r3']);
    stores = temporary.stores;
    now = Date.parse('2026-03-01T09:00:00.000Z');
    const clock = () => now;
    experiments = createExperimentControl({
      experiments: stores.experiments,
      events: stores.events,
      rollouts: stores.rollouts,
      clock,
      newId,
    });
    rollout = createRolloutControl({
      rollouts: stores.rollouts,
      releases: stores.releases,
      events: stores.events,
      clock,
      newId,
      settings: { sloP95Ms: 3000 },
    });
    app = keyedApp(stores, newId, {
      clock,
      release: createRolloutAssignment({
        rollouts: stores.rollouts,
        releases: stores.releases,
        experiments: stores.experiments,
        holdoutPercent: 5,
        clock,
      }),
      experiments,
      rollout,
    });
    ({ admin: adminKey, agent: agentKey, widget: widgetKey } = await createTestKeys(stores.apiKeys));
  });
  afterEach(async () => {
    await app.close();
    temporary.remove();
  });

  it('answers only an admin key: 401 without one, 403 for an agent', async () => {
    for (const url of ['/v1/experiments', '/v1/experiments/tone', '/v1/rollout']) {
      const anonymous = await app.inject({ method: 'GET', url });
      expect([anonymous.statusCode, errorOf(anonymous).code], url).toEqual([401, 'UNAUTHENTICATED']);
      for (const key of [agentKey, widgetKey]) {
        const refused = await get(key, url);
        expect([refused.statusCode, errorOf(refused).code], url).toEqual([403, 'FORBIDDEN']);
      }
    }
  });

  it('answers 404 NOT_FOUND naming an unknown experiment, and {rollout: null} before any rollout', async () => {
    const unknown = await get(adminKey, '/v1/experiments/nope');
    expect([unknown.statusCode, errorOf(unknown).code]).toEqual([404, 'NOT_FOUND']);
    expect(errorOf(unknown).message).toContain("'nope'");
    expect((await get(adminKey, '/v1/experiments')).json()).toEqual({ experiments: [], served: null });
    expect((await get(adminKey, '/v1/rollout')).json()).toEqual({ rollout: null });
  });

  it('serves the experiment’s arms per customer and reads them back as recorded, with the body the CLI prints', async () => {
    await stores.experiments.create(tone);
    expect((await get(adminKey, '/v1/experiments')).json()).toEqual({ experiments: [tone], served: 'tone' });
    const served: { device: string; id: string; token: string; release: string; arm: string; experiment?: string }[] = [];
    for (let index = 0; index < 60; index++) served.push({ device: `device-${index}`, ...(await converse(`device-${index}`)) });
    for (const conversation of served) {
      const expected = experimentAssignment(tone, `device:${conversation.device}`, 'r0');
      const { release, arm, experiment } = conversation;
      // The reply names the experiment that chose its arm; the holdout is in none.
      expect({ release, arm, ...(experiment ? { experiment } : {}) }).toEqual(expected);
    }
    // A customer keeps their arm in a second conversation.
    expect((await converse('device-0')).arm).toBe(served[0]!.arm);
    const count = (arm: string) => served.filter((conversation) => conversation.arm === arm).length;
    expect(count('A')).toBeGreaterThan(10);
    expect(count('B')).toBeGreaterThan(10);
    for (const conversation of served.filter((_, index) => index % 3 === 0))
      await post(conversation.token, `/v1/conversations/${conversation.id}/handoff`);

    now += 60_000;
    const response = await get(adminKey, '/v1/experiments/tone');
    expect(response.statusCode).toBe(200);
    const status = response.json<{ assignedBy: string; crossovers: number; arms: { name: string; units: number }[] }>();
    expect(status.assignedBy).toBe('recorded');
    expect(status.crossovers).toBe(0);
    expect(status.arms.map((arm) => [arm.name, arm.units])).toEqual([
      ['A', count('A')],
      ['B', count('B')],
    ]);
    expect(response.json()).toEqual(JSON.parse(JSON.stringify(await experiments.status('tone'))));
  });

  it('yields to a staged rollout, whose status GET /v1/rollout gives as `rollout status --json` does', async () => {
    await stores.experiments.create(tone);
    await rollout.start({ release: 'r3', stages: [50, 100], minConversations: 20, minHours: 1, by: 'test' });
    expect((await get(adminKey, '/v1/experiments')).json()).toMatchObject({ served: null });
    now += 2000;
    const arms = new Set<string>();
    for (let index = 0; index < 20; index++) arms.add((await converse(`device-${index}`)).arm);
    expect([...arms].every((arm) => ['candidate', 'baseline', 'holdout'].includes(arm))).toBe(true);
    const body = (await get(adminKey, '/v1/rollout')).json<Record<string, unknown>>();
    expect(body).toMatchObject({ release: 'r3', baseline: 'r0', state: 'running', stage: 0 });
    expect(Object.keys(body)).toEqual(['release', 'baseline', 'state', 'stage', 'arms', 'guardrails', 'decisions']);
    expect(body).toEqual(JSON.parse(JSON.stringify(await rollout.status())));

    // Rolled back: the experiment is served again, every replica within its one-second cache.
    await rollout.steer('rollback', 'test');
    now += 2000;
    expect((await converse('device-99')).arm).toBe(experimentAssignment(tone, 'device:device-99', 'r0').arm);
  });

  it('stops serving the arms once the experiment is stopped, and analyses nothing after the stop', async () => {
    await stores.experiments.create(tone);
    await converse('device-1');
    now += 1000;
    await experiments.stop('tone', 'ops-lead', 'enough data');
    now += 2000;
    expect(await converse('device-2')).toMatchObject({ release: 'r0', arm: 'baseline' });
    const status = (await get(adminKey, '/v1/experiments/tone')).json<{ asOf: string; experiment: Experiment; assignedBy: string }>();
    expect(status.experiment).toMatchObject({ state: 'stopped', stoppedAt: '2026-03-01T09:00:01.000Z' });
    expect(status.asOf).toBe('2026-03-01T09:00:01.000Z');
    expect(status.assignedBy).toBe('recorded');
    const audit = await stores.events.list({ type: 'experiment.stopped' });
    expect(audit.map((event) => event.data)).toEqual([
      { experiment: 'tone', by: 'ops-lead', reason: 'enough data', createdAt: '2026-03-01T09:00:00.000Z' },
    ]);
    await expect(experiments.stop('tone', 'ops-lead')).rejects.toThrow(/stopped already/);
  });
});
