/** The contract every ExperimentStore implementation passes. */
import { describe, expect, it } from 'vitest';
import { SwitchboardError, type ExperimentStore } from '@switchboard/spec';
import { experimentFixture } from './experiment-fixture.js';

export interface ExperimentStoreHarness {
  readonly experiments: ExperimentStore;
  close(): Promise<void> | void;
}

const checkout = experimentFixture({ name: 'checkout-tone', metric: 'resolution', mde: 0.02, holdoutPercent: 5 });
const sanity = experimentFixture({
  name: 'aa-sanity',
  arms: [
    { name: 'A', release: 'r1' },
    { name: 'B', release: 'r1' },
  ],
  metric: 'csat',
  mde: 0.1,
  aa: true,
  createdAt: '2026-03-02T10:00:00.000Z',
});

export function experimentStoreContract(name: string, open: () => Promise<ExperimentStoreHarness>): void {
  describe(`ExperimentStore contract: ${name}`, () => {
    it('answers null for an unknown experiment and lists none at first', async () => {
      const { experiments, close } = await open();
      try {
        expect(await experiments.get('checkout-tone')).toBeNull();
        expect(await experiments.list()).toEqual([]);
      } finally {
        await close();
      }
    });

    it('reads back every field exactly as created, and lists in the order created', async () => {
      const { experiments, close } = await open();
      try {
        await experiments.create(checkout);
        await experiments.create(sanity);
        expect(await experiments.get('checkout-tone')).toEqual(checkout);
        expect(await experiments.get('aa-sanity')).toEqual(sanity);
        expect((await experiments.list()).map((experiment) => experiment.name)).toEqual(['checkout-tone', 'aa-sanity']);
      } finally {
        await close();
      }
    });

    it('stops a running experiment once, recording when, and leaves the others running', async () => {
      const { experiments, close } = await open();
      try {
        await experiments.create(checkout);
        await experiments.create(sanity);
        expect(await experiments.stop('unknown', '2026-03-03T10:00:00.000Z')).toBe(false);
        const stops = await Promise.all([
          experiments.stop('checkout-tone', '2026-03-03T10:00:00.000Z'),
          experiments.stop('checkout-tone', '2026-03-03T11:00:00.000Z'),
        ]);
        expect(stops.filter(Boolean)).toHaveLength(1);
        expect(await experiments.get('checkout-tone')).toEqual({ ...checkout, state: 'stopped', stoppedAt: '2026-03-03T10:00:00.000Z' });
        expect(await experiments.stop('checkout-tone', '2026-03-04T10:00:00.000Z')).toBe(false);
        expect((await experiments.get('checkout-tone'))?.stoppedAt).toBe('2026-03-03T10:00:00.000Z');
        expect((await experiments.list()).map((experiment) => [experiment.name, experiment.state])).toEqual([
          ['checkout-tone', 'stopped'],
          ['aa-sanity', 'running'],
        ]);
      } finally {
        await close();
      }
    });

    it('refuses a second experiment with a taken name, naming it', async () => {
      const { experiments, close } = await open();
      try {
        await experiments.create(checkout);
        const error = await experiments.create({ ...checkout, metric: 'csat' }).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(SwitchboardError);
        expect(error).toMatchObject({ code: 'VALIDATION_FAILED' });
        expect((error as Error).message).toContain("'checkout-tone'");
        expect((await experiments.get('checkout-tone'))?.metric).toBe('resolution');
      } finally {
        await close();
      }
    });
  });
}
