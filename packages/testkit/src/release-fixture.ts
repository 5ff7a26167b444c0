/** A release for tests: created 2026-03-01 over no files, gated by run `run`, unless `overrides` say otherwise. */
import type { Release } from '@switchboard/spec';

export function releaseFixture(name: string, overrides: Partial<Release> = {}): Release {
  return {
    name,
    hash: name,
    createdAt: '2026-03-01T08:00:00.000Z',
    note: null,
    forced: null,
    snapshot: { config: {}, files: {}, knowledgeVersion: 1, evalRunId: 'run' },
    ...overrides,
  };
}
