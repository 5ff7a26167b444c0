/**
 * `simulate traffic`: R independent simulated rollouts (simulate-rollout.ts), each with its own seed and salt, and the
 * share that rolled back with a Wilson 95% interval — the false-rollback rate with no effect, the power with one.
 */
import { wilsonInterval, type Interval } from '@switchboard/core/experiments';
import type { RolloutSettings } from '@switchboard/core/rollout';
import { simulateRollout, type RolloutSimulationOptions, type RolloutSimulationResult } from './simulate-rollout.js';
import { baselineTrafficRates, type TrafficEffect, type TrafficRates } from './traffic-model.js';

export interface TrafficSimulationOptions extends Partial<Omit<RolloutSimulationOptions, 'seed' | 'conversations' | 'effects'>> {
  readonly conversations: number;
  readonly effects?: readonly TrafficEffect[];
  readonly runs: number;
  readonly seed: number;
  /** Called after each run, for a progress bar. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface TrafficSimulation {
  readonly settings: Omit<RolloutSimulationOptions, 'seed'> & { readonly runs: number; readonly seed: number; readonly alpha: number };
  readonly rates: TrafficRates;
  readonly runs: readonly (RolloutSimulationResult & { readonly run: number; readonly seed: number })[];
  readonly summary: {
    readonly runs: number;
    readonly rolledBack: number;
    readonly completed: number;
    /** Rolled back / runs: the false-rollback rate when no effect is configured, else the power. */
    readonly rollbackRate: number;
    /** Wilson 95% interval of the rollback rate. */
    readonly interval: Interval;
    readonly byGuardrail: Readonly<Record<string, number>>;
    /** Runs that ended (rolled back, completed or still running) in each stage, by its percentage. */
    readonly byStage: Readonly<Record<string, number>>;
  };
}

/** The rollout defaults (`rollout start`), a steady 100 new customers an hour and one tick per simulated hour (the server ticks every minute; fewer looks only help an always-valid test). */
export const trafficDefaults = {
  stages: [5, 20, 50, 100],
  minConversations: 100,
  minHours: 24,
  holdoutPercent: 5,
  perHour: 100,
  tickMinutes: 60,
  settings: { sloP95Ms: 3000 } as RolloutSettings,
} as const;

export async function simulateTraffic(options: TrafficSimulationOptions): Promise<TrafficSimulation> {
  const { runs: count, seed, onProgress, ...rest } = options;
  const settings = { ...trafficDefaults, ...rest, effects: options.effects ?? [] };
  const runs = [];
  for (let run = 0; run < count; run++) {
    // Distinct, reproducible streams per run; the rollout's salt differs per run through its id.
    const runSeed = (Math.imul(seed >>> 0, 0x9e3779b1) + Math.imul(run + 1, 0x85ebca6b)) >>> 0;
    runs.push({ run, seed: runSeed, ...(await simulateRollout({ ...settings, seed: runSeed }, run)) });
    onProgress?.(run + 1, count);
  }
  const rolledBack = runs.filter((run) => run.outcome === 'rolled_back');
  const tally = (keys: readonly string[]) => {
    const counts: Record<string, number> = {};
    for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
    return counts;
  };
  return {
    settings: { ...settings, runs: count, seed, alpha: settings.settings.alpha ?? 0.05 },
    rates: baselineTrafficRates,
    runs,
    summary: {
      runs: count,
      rolledBack: rolledBack.length,
      completed: runs.filter((run) => run.outcome === 'completed').length,
      rollbackRate: count === 0 ? 0 : rolledBack.length / count,
      interval: count === 0 ? { lower: 0, upper: 1 } : wilsonInterval(rolledBack.length, count, 1.959964),
      byGuardrail: tally(rolledBack.map((run) => run.guardrail ?? 'unknown')),
      byStage: tally(runs.map((run) => `${run.percent}%`)),
    },
  };
}
