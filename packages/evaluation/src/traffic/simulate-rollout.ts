/**
 * One simulated staged rollout on a fresh in-memory SQLite store set: customers arrive on an injected clock, the real
 * conversation service assigns each (the real rollout assignment) and answers with the release's simulated pipeline,
 * the customer rates and escalates from their arm's rates, and the real rollout control ticks at intervals.
 */
import { createConversationService } from '@switchboard/core/conversation';
import { createRolloutAssignment, createRolloutControl, type RolloutSettings } from '@switchboard/core/rollout';
import type { AnswerPipeline } from '@switchboard/core/pipeline';
import type { Release } from '@switchboard/spec';
import { createSqliteStores } from '@switchboard/store-sqlite';
import { simulationRandom } from '@switchboard/core/experiments';
import { simulatedPipeline } from './simulated-pipeline.js';
import { armRates, drawCsat, type TrafficEffect } from './traffic-model.js';

export interface RolloutSimulationOptions {
  /** Customers arriving during the run, one conversation each. */
  readonly conversations: number;
  readonly effects: readonly TrafficEffect[];
  readonly seed: number;
  /** As `rollout start`: candidate percentages, per-arm minimum per stage, minimum hours per stage. */
  readonly stages: readonly number[];
  readonly minConversations: number;
  readonly minHours: number;
  readonly holdoutPercent: number;
  /** New customers per simulated hour, and minutes between ticks (the server's `rollout.tickSeconds`). */
  readonly perHour: number;
  readonly tickMinutes: number;
  readonly settings: RolloutSettings;
}

export interface RolloutSimulationResult {
  readonly outcome: 'rolled_back' | 'completed' | 'running';
  /** The stage the rollout ended in (index) and its candidate percentage. */
  readonly stage: number;
  readonly percent: number;
  /** The breached guardrail of a rollback. */
  readonly guardrail: string | null;
  readonly reason: string;
  /** Customers served before it ended, and how many of them the candidate answered. */
  readonly conversations: number;
  readonly candidateConversations: number;
  readonly hours: number;
}

const startAt = Date.parse('2026-01-05T00:00:00.000Z');
const snapshot = (name: string): Release => ({
  name,
  hash: `simulated-${name}`,
  createdAt: new Date(startAt).toISOString(),
  note: 'traffic simulator',
  forced: 'simulated release',
  snapshot: { config: {}, files: {}, knowledgeVersion: 1, evalRunId: 'simulated' },
});

export async function simulateRollout(options: RolloutSimulationOptions, run: number): Promise<RolloutSimulationResult> {
  const stores = createSqliteStores(':memory:');
  try {
    let now = startAt;
    const clock = () => now;
    let counter = 0;
    const newId = (prefix?: string) => `${prefix ?? 'id'}_${run}_${++counter}`;
    const random = simulationRandom(options.seed);
    const rates = { baseline: armRates('baseline', options.effects), candidate: armRates('candidate', options.effects) };
    await stores.releases.create(snapshot('baseline-release'));
    await stores.releases.create(snapshot('candidate-release'));
    await stores.releases.setServing('baseline-release', null);
    const armOf = (release: string) => (release === 'candidate-release' ? 'candidate' : 'baseline');
    const pipelines = new Map<string, AnswerPipeline>();
    const service = createConversationService({
      pipeline: simulatedPipeline(rates.baseline, random, newId),
      pipelineFor: async (release) => {
        if (!pipelines.has(release)) pipelines.set(release, simulatedPipeline(rates[armOf(release)], random, newId));
        return pipelines.get(release)!;
      },
      conversations: stores.conversations,
      events: stores.events,
      handoffs: stores.handoffs,
      clock,
      newId,
      release: createRolloutAssignment({
        rollouts: stores.rollouts,
        releases: stores.releases,
        holdoutPercent: options.holdoutPercent,
        clock,
      }),
    });
    const control = createRolloutControl({ ...stores, clock, newId, settings: options.settings });
    await control.start({
      release: 'candidate-release',
      stages: options.stages,
      minConversations: options.minConversations,
      minHours: options.minHours,
      by: 'simulator',
    });

    const gap = 3_600_000 / options.perHour;
    const tickEvery = options.tickMinutes * 60_000;
    let nextTick = startAt + tickEvery;
    let served = 0;
    let candidate = 0;
    let last: Awaited<ReturnType<typeof control.tick>> = null;
    const tick = async () => {
      const ticked = await control.tick();
      if (ticked) last = ticked;
      return (await stores.rollouts.latest())?.state ?? 'running';
    };
    let state = 'running';
    for (let customer = 0; customer < options.conversations && state === 'running'; customer++) {
      now += gap;
      while (now >= nextTick && state === 'running') {
        state = await tick();
        nextTick += tickEvery;
      }
      if (state !== 'running') break;
      const conversation = await service.start({ deviceId: `customer-${run}-${customer}` });
      const reply = await service.receive(conversation.id, { text: 'Can I get a refund on my annual plan?' });
      served += 1;
      const arm = armOf(reply.release?.release ?? '');
      if (reply.release?.arm === 'candidate') candidate += 1;
      const csat = drawCsat(rates[arm], random);
      if (random.chance(rates[arm].escalation)) await service.requestHuman(conversation.id);
      if (csat !== null) await service.recordFeedback(conversation.id, { csat });
    }
    if (state === 'running') {
      now += 1;
      state = await tick();
    }
    const rollout = (await stores.rollouts.latest())!;
    const decision = rollout.decisions[rollout.decisions.length - 1];
    return {
      outcome: rollout.state === 'rolled_back' || rollout.state === 'completed' ? rollout.state : 'running',
      stage: rollout.stage,
      percent: rollout.stages[rollout.stage] ?? 0,
      guardrail: rollout.state === 'rolled_back' ? (decision?.guardrail ?? null) : null,
      reason: (last as { decision: { reason: string } } | null)?.decision.reason ?? decision?.reason ?? '',
      conversations: served,
      candidateConversations: candidate,
      hours: (now - startAt) / 3_600_000,
    };
  } finally {
    stores.close();
  }
}
