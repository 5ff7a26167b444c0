/** The contract every ReleaseStore implementation passes. */
import { describe, expect, it } from 'vitest';
import { isSwitchboardError, type Release, type ReleaseStore } from '@switchboard/spec';

export interface ReleaseStoreHarness {
  readonly releases: ReleaseStore;
  /** A second handle on the same data (another connection or process), for the concurrent pointer test; `releases` when absent. */
  readonly other?: ReleaseStore;
  close(): Promise<void> | void;
}

const release = (name: string, threshold = 0.5): Release => ({
  name,
  hash: `${name}-hash`.padEnd(64, '0'),
  createdAt: '2026-03-01T10:00:00.000Z',
  note: name === 'v1' ? 'first' : null,
  forced: name === 'forced' ? 'hot fix for the refund outage' : null,
  snapshot: {
    config: { retrieval: { topK: 5, weights: { bm25: 1, dense: threshold } }, personas: { rules: [] } },
    files: { 'policy.yaml': 'refunds:\n  maxAmount: 100\n' },
    knowledgeVersion: 7,
    evalRunId: `run-${name}`,
  },
});

export function releaseStoreContract(name: string, open: () => Promise<ReleaseStoreHarness>): void {
  describe(`ReleaseStore contract: ${name}`, () => {
    const withStore = (test: (harness: ReleaseStoreHarness) => Promise<void>) => async () => {
      const harness = await open();
      try {
        await test(harness);
      } finally {
        await harness.close();
      }
    };

    it(
      'creates releases and reads them back exactly as created, lists them oldest first, null for an unknown name',
      withStore(async ({ releases }) => {
        await releases.create(release('v1'));
        await releases.create(release('forced', 0.7));
        expect(await releases.get('v1')).toEqual(release('v1'));
        expect((await releases.get('forced'))?.forced).toBe('hot fix for the refund outage');
        expect(await releases.get('v9')).toBeNull();
        expect((await releases.list()).map((stored) => stored.name)).toEqual(['v1', 'forced']);
      }),
    );

    it(
      'refuses a second release with a taken name with VALIDATION_FAILED naming it, and keeps the first',
      withStore(async ({ releases }) => {
        await releases.create(release('v1', 0.5));
        const error = await releases.create(release('v1', 0.9)).catch((caught: unknown) => caught);
        expect(isSwitchboardError(error) && error.code).toBe('VALIDATION_FAILED');
        expect((error as Error).message).toContain("'v1'");
        expect(await releases.get('v1')).toEqual(release('v1', 0.5));
        expect(await releases.list()).toHaveLength(1);
      }),
    );

    it(
      'keeps what it stores out of the caller’s reach: editing what was created or read changes nothing stored',
      withStore(async ({ releases }) => {
        const created = release('v1');
        await releases.create(created);
        (created.snapshot.config as Record<string, unknown>)['retrieval'] = null;
        const read = await releases.get('v1');
        (read!.snapshot.files as Record<string, string>)['policy.yaml'] = '';
        expect(await releases.get('v1')).toEqual(release('v1'));
      }),
    );

    it(
      'moves the serving pointer only from the expected release, and NOT_FOUND for an unknown one',
      withStore(async ({ releases }) => {
        expect(await releases.serving()).toBeNull();
        await releases.create(release('v1'));
        await releases.create(release('v2'));
        expect(await releases.setServing('v1', 'v2')).toBe(false);
        expect(await releases.serving()).toBeNull();
        expect(await releases.setServing('v1', null)).toBe(true);
        expect(await releases.serving()).toBe('v1');
        expect(await releases.setServing('v2', null)).toBe(false);
        expect(await releases.setServing('v2', 'v1')).toBe(true);
        expect(await releases.serving()).toBe('v2');
        const error = await releases.setServing('v9', 'v2').catch((caught: unknown) => caught);
        expect(isSwitchboardError(error) && error.code).toBe('NOT_FOUND');
        expect(await releases.serving()).toBe('v2');
      }),
    );

    it(
      'lets exactly one of many concurrent changes from the same pointer win, over two handles on the same data',
      withStore(async ({ releases, other }) => {
        const names = ['a', 'b', 'c', 'd', 'e', 'f'];
        for (const candidate of ['v1', ...names]) await releases.create(release(candidate));
        await releases.setServing('v1', null);
        const handles = [releases, other ?? releases];
        const results = await Promise.all(names.map((candidate, index) => handles[index % 2]!.setServing(candidate, 'v1')));
        expect(results.filter(Boolean)).toHaveLength(1);
        const winner = names[results.indexOf(true)];
        expect(await releases.serving()).toBe(winner);
        expect(await (other ?? releases).serving()).toBe(winner);
      }),
    );
  });
}
