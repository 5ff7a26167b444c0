import { describe, expect, it } from 'vitest';
import { simulateTraffic } from './simulate-traffic.js';
import { parseTrafficEffect } from './traffic-model.js';

const small = { conversations: 300, stages: [50, 100], minConversations: 20, minHours: 1, seed: 7 } as const;

describe('simulateTraffic', () => {
  it('rolls back every run of a large injected harm on CSAT and escalations, naming the guardrail and stage', async () => {
    const effects = [parseTrafficEffect('candidate:csat=-2'), parseTrafficEffect('candidate:escalation=+0.4')];
    const simulation = await simulateTraffic({ ...small, runs: 2, effects });
    expect(simulation.summary).toMatchObject({ runs: 2, rolledBack: 2, rollbackRate: 1 });
    for (const run of simulation.runs) {
      expect(run.outcome).toBe('rolled_back');
      expect(['csat', 'escalation_rate']).toContain(run.guardrail);
      expect(run.percent).toBe(50);
      expect(run.conversations).toBeLessThan(small.conversations);
      expect(run.reason).toContain(run.guardrail!);
    }
    expect(simulation.summary.interval.lower).toBeGreaterThan(0.3);
  });

  it('does not roll back an A/A rollout with a fixed seed, and the same seed gives the same runs', async () => {
    const first = await simulateTraffic({ ...small, runs: 3 });
    expect(first.summary).toMatchObject({ runs: 3, rolledBack: 0, rollbackRate: 0 });
    expect(first.summary.interval.lower).toBe(0);
    for (const run of first.runs) {
      // Nothing is worse: never rolled back; at 100% it completes once the candidate has its minimum (the run stops).
      expect(run.outcome).not.toBe('rolled_back');
      expect(run.conversations).toBeLessThanOrEqual(small.conversations);
      // Half of the non-holdout customers at 50%, then every one at 100%: the real assignment served the candidate.
      expect(run.candidateConversations).toBeGreaterThan(100);
      expect(run.candidateConversations).toBeLessThan(small.conversations);
    }
    expect(first.runs.map((run) => run.percent)).toEqual([100, 100, 100]);
    const again = await simulateTraffic({ ...small, runs: 3 });
    expect(again.runs).toEqual(first.runs);
    expect(new Set(first.runs.map((run) => run.candidateConversations)).size).toBeGreaterThan(1);
  });

  it('refuses an effect it cannot read, naming the flag and the metrics', () => {
    expect(parseTrafficEffect('baseline:latency=250')).toEqual({ arm: 'baseline', metric: 'latency', delta: 250 });
    expect(() => parseTrafficEffect('candidate:nps=-1')).toThrow(/--effect 'candidate:nps=-1'.*csat, escalation/);
  });
});
