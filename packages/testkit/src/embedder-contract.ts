/** The contract every Embedder implementation passes. */
import { describe, expect, it } from 'vitest';
import type { Embedder } from '@switchboard/spec';

export interface EmbedderHarness {
  readonly embedder: Embedder;
  close?(): Promise<void> | void;
}

export interface EmbedderContractOptions {
  /**
   * Texts the full-batch test sends in one call: `maxBatchSize`, or this many when the limit is larger (an embedder
   * with no real limit reports a huge one). Default 4096.
   */
  readonly fullBatchCap?: number;
}

/** Different words and different lengths, so that no two of them can share a vector by accident. */
const texts = [
  'How do I reset my password?',
  'Refunds take five business days',
  'Where is my parcel',
  'Can I pay for the annual plan by invoice?',
];

const largestGap = (a: Float32Array, b: Float32Array): number => Math.max(...Array.from(a, (value, d) => Math.abs(value - b[d]!)));
const scaleOf = (vector: Float32Array): number => Math.max(1, ...Array.from(vector, Math.abs));

/** Equal to float noise: batching may move the last digits (padding, thread count), nothing more. */
function expectSameVector(actual: Float32Array | undefined, expected: Float32Array | undefined, what: string): void {
  expect(actual, what).toBeInstanceOf(Float32Array);
  expect(actual!.length, what).toBe(expected!.length);
  expect(largestGap(actual!, expected!), what).toBeLessThanOrEqual(1e-4 * scaleOf(expected!));
}

async function withEmbedder(open: () => Promise<EmbedderHarness>, body: (embedder: Embedder) => Promise<void>): Promise<void> {
  const harness = await open();
  try {
    await body(harness.embedder);
  } finally {
    await harness.close?.();
  }
}

export function embedderContract(name: string, open: () => Promise<EmbedderHarness>, options: EmbedderContractOptions = {}): void {
  describe(`Embedder contract: ${name}`, () => {
    it('has an id and a batch limit, and gives vectors of `dimensions` finite numbers', () =>
      withEmbedder(open, async (embedder) => {
        expect(embedder.id).toMatch(/\S/);
        expect(Number.isInteger(embedder.maxBatchSize) && embedder.maxBatchSize >= 1).toBe(true);
        const vectors = await embedder.embed(texts);
        // Read after the call: an adapter that learns its size from the first response reports it from then on.
        expect(embedder.dimensions).toBeGreaterThan(0);
        for (const vector of vectors) {
          expect(vector).toBeInstanceOf(Float32Array);
          expect(vector).toHaveLength(embedder.dimensions);
          expect(vector.every(Number.isFinite)).toBe(true);
        }
      }));

    it('returns one vector per text, in input order', () =>
      withEmbedder(open, async (embedder) => {
        const batch = await embedder.embed(texts);
        expect(batch).toHaveLength(texts.length);
        for (const [i, text] of texts.entries()) {
          const [alone] = await embedder.embed([text]);
          expectSameVector(batch[i], alone, `text ${i} in a batch and alone`);
        }
        // Otherwise the order check above could pass with every vector the same.
        for (let i = 1; i < batch.length; i += 1) expect(largestGap(batch[0]!, batch[i]!)).toBeGreaterThan(1e-3 * scaleOf(batch[0]!));
      }));

    it('gives a repeated text the same vector, within one batch and across calls', () =>
      withEmbedder(open, async (embedder) => {
        const [first, , again] = await embedder.embed([texts[0]!, texts[1]!, texts[0]!]);
        expectSameVector(again, first, 'the same text twice in one batch');
        const [later] = await embedder.embed([texts[0]!]);
        expectSameVector(later, first, 'the same text in a later call');
      }));

    it('answers an empty batch with no vectors', () =>
      withEmbedder(open, async (embedder) => {
        expect(await embedder.embed([])).toEqual([]);
      }));

    it('embeds a batch as large as `maxBatchSize` allows (up to the harness cap), in order', () =>
      withEmbedder(open, async (embedder) => {
        const size = Math.min(embedder.maxBatchSize, options.fullBatchCap ?? 4096);
        const many = Array.from({ length: size }, (_, i) => `${texts[i % texts.length]} (question ${i})`);
        const vectors = await embedder.embed(many);
        expect(vectors).toHaveLength(size);
        const [last] = await embedder.embed([many[size - 1]!]);
        expectSameVector(vectors[size - 1], last, 'the last text of the full batch');
      }));

    it('rejects when its signal is already aborted', () =>
      withEmbedder(open, async (embedder) => {
        const controller = new AbortController();
        controller.abort();
        await expect(embedder.embed(['a text no call has embedded yet'], { signal: controller.signal })).rejects.toThrow();
      }));
  });
}
