/**
 * Issue 20 item 3, the done-when: through the HTTP API alone, on real SQLite, a rollout at 50% serves two releases;
 * clearly worse CSAT and more escalations on the candidate's conversations roll it back at the next tick (and new
 * messages get the baseline), while equal outcomes on both arms do not.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createRolloutAssignment, createRolloutControl, type RolloutControl } from '@switchboard/core/rollout';
import type { AnswerPipeline } from '@switchboard/core/pipeline';
import type { SqliteStores } from '@switchboard/store-sqlite';
import { createTestKeys } from './__fixtures__/test-api-keys.js';
import { customerConversation, postOk } from './__fixtures__/customer-conversation.js';
import { keyedApp } from './__fixtures__/keyed-app.js';
import { oneArticlePipeline } from './__fixtures__/one-article-pipeline.js';
import { temporaryStores, type TemporaryStores } from './__fixtures__/temporary-stores.js';

let counter = 0;
const newId = (prefix?: string): string => `${prefix ?? 'id'}_${++counter}`;

describe('a staged rollout through the HTTP API (issue 20 item 3)', () => {
  let temporary: TemporaryStores;
  let stores: SqliteStores;
  let app: FastifyInstance;
  let control: RolloutControl;
  let now: number;
  let widgetKey: string;
  let agentKey: string;
  const built: string[] = [];

  const post = (key: string, url: string, payload?: Record<string, unknown>) => postOk(app, key, url, payload);
  /** One customer's conversation: created from their device, one message; answers which release replied. */
  const converse = (device: string) => customerConversation(app, widgetKey, device);

  /** 120 customers; each arm's conversations then get the CSAT and escalations `outcomes` gives them. */
  const serveAndRate = async (outcomes: (arm: string, index: number) => { csat: number; escalate: boolean }) => {
    const served = [];
    for (let index = 0; index < 120; index++) served.push(await converse(`device-${index}`));
    const arms = { candidate: 0, baseline: 0 };
    for (const [index, conversation] of served.entries()) {
      if (conversation.arm !== 'candidate' && conversation.arm !== 'baseline') continue;
      arms[conversation.arm] += 1;
      const outcome = outcomes(conversation.arm, index);
      await post(conversation.token, `/v1/conversations/${conversation.id}/feedback`, { csat: outcome.csat });
      if (outcome.escalate) await post(conversation.token, `/v1/conversations/${conversation.id}/handoff`);
      else await post(agentKey, `/v1/conversations/${conversation.id}/outcome`, { outcome: 'resolved_bot' });
    }
    return { served, arms };
  };

  beforeEach(async () => {
    temporary = await temporaryStores(['r1', 'r2']);
    stores = temporary.stores;
    now = Date.parse('2026-03-01T09:00:00.000Z');
    const clock = () => now;
    const pipelines = new Map<string, AnswerPipeline>();
    built.length = 0;
    app = keyedApp(stores, newId, {
      clock,
      release: createRolloutAssignment({ rollouts: stores.rollouts, releases: stores.releases, holdoutPercent: 5, clock }),
      pipelineFor: async (name) => {
        if (!pipelines.has(name)) {
          built.push(name);
          pipelines.set(name, oneArticlePipeline({ newId }));
        }
        return pipelines.get(name)!;
      },
    });
    control = createRolloutControl({
      rollouts: stores.rollouts,
      releases: stores.releases,
      events: stores.events,
      clock,
      newId,
      settings: { sloP95Ms: 3000 },
    });
    await control.start({ release: 'r2', stages: [50, 100], minConversations: 20, minHours: 1, by: 'test' });
    ({ widget: widgetKey, agent: agentKey } = await createTestKeys(stores.apiKeys));
  });
  afterEach(async () => {
    await app.close();
    temporary.remove();
  });

  it('rolls back when the candidate gets clearly worse CSAT and more escalations, and new messages get the baseline', async () => {
    const { served, arms } = await serveAndRate((arm, index) =>
      arm === 'candidate' ? { csat: 1 + (index % 2), escalate: index % 3 !== 0 } : { csat: 4 + (index % 2), escalate: index % 10 === 0 },
    );
    expect(arms.candidate).toBeGreaterThanOrEqual(30);
    expect(arms.baseline).toBeGreaterThanOrEqual(30);
    // Each reply came from the pipeline of the release it names.
    expect(new Set(built)).toEqual(new Set(['r1', 'r2']));
    for (const conversation of served) expect(conversation.release).toBe(conversation.arm === 'candidate' ? 'r2' : 'r1');

    now += 60_000;
    const ticked = await control.tick();
    expect(ticked?.decision.action).toBe('rollback');
    const status = await control.status();
    expect(status).toMatchObject({ release: 'r2', baseline: 'r1', state: 'rolled_back', stage: 0 });
    const last = status!.decisions[status!.decisions.length - 1]!;
    expect(last).toMatchObject({ action: 'rollback', guardrail: 'csat' });
    expect(last.reason).toContain('csat');
    const csat = status!.guardrails.find((guardrail) => guardrail.name === 'csat')!;
    expect(csat.decision).toBe('breach');
    expect(csat.estimate).toBeLessThan(-2);
    expect(csat.interval!.upper).toBeLessThan(-0.1);
    expect(status!.guardrails.find((guardrail) => guardrail.name === 'escalation_rate')!.decision).toBe('breach');
    expect(await stores.releases.serving()).toBe('r1');
    const audit = await stores.events.list({ type: 'rollout.decided' });
    expect(audit.map((event) => event.data['action'])).toEqual(['rollback']);

    // Past the replicas' one-second cache, a customer who had the candidate is answered by the baseline.
    now += 2000;
    const formerCandidate = served.find((conversation) => conversation.arm === 'candidate')!;
    const again = await post(formerCandidate.token, `/v1/conversations/${formerCandidate.id}/messages`, { text: 'And monthly plans?' });
    expect(again).toMatchObject({ release: 'r1', arm: 'baseline' });
    expect((await converse('device-new')).release).toBe('r1');
  });

  it('does not roll back when both arms get the same outcomes', async () => {
    const { arms } = await serveAndRate((_arm, index) => ({ csat: 3 + (index % 3), escalate: index % 5 === 0 }));
    expect(Math.min(arms.candidate, arms.baseline)).toBeGreaterThanOrEqual(30);
    now += 2 * 3_600_000;
    const ticked = await control.tick();
    expect(ticked?.decision.action).not.toBe('rollback');
    expect(ticked?.decision.guardrails.every((guardrail) => guardrail.decision !== 'breach')).toBe(true);
    const status = await control.status();
    expect(status?.state).not.toBe('rolled_back');
    // The stage met its minimums with nothing breached: on to 100%.
    expect(status).toMatchObject({ state: 'running', stage: 1 });
    expect(await stores.releases.serving()).toBe('r1');
  });
});
