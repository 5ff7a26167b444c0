/** A running A/B experiment for tests: `tone`, arm A on release r1 and B on r2, compared on escalations. */
import type { Experiment } from '@switchboard/spec';

/** The experiment with `overrides` applied; its salt is `experiment:<name>` unless given. */
export function experimentFixture(overrides: Partial<Experiment> = {}): Experiment {
  const name = overrides.name ?? 'tone';
  return {
    name,
    arms: [
      { name: 'A', release: 'r1' },
      { name: 'B', release: 'r2' },
    ],
    metric: 'escalation',
    mde: 0.05,
    alpha: 0.05,
    power: 0.8,
    salt: `experiment:${name}`,
    holdoutPercent: 10,
    aa: false,
    createdAt: '2026-03-01T09:00:00.000Z',
    state: 'running',
    ...overrides,
  };
}
