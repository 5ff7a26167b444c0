import { describe, expect, it } from 'vitest';
import { embedderContract, recordingEmbedder } from '@switchboard/testkit';
import { perMessageEmbedders } from './per-message-embedder.js';

const countingEmbedder = (id: string) =>
  recordingEmbedder({ id, dimensions: 1, maxBatchSize: 8, vectorOf: (text) => Float32Array.of(text.length) });

describe('perMessageEmbedders', () => {
  it('embeds a text once per message and embedder, and returns vectors in the order asked', async () => {
    const inner = countingEmbedder('test:a');
    const embedderFor = perMessageEmbedders();
    expect((await embedderFor(inner)!.embed(['where is my order?']))[0]).toEqual(Float32Array.of(18));
    const again = await embedderFor(inner)!.embed(['hi', 'where is my order?', 'hi']);
    expect(again.map((vector) => vector[0])).toEqual([2, 18, 2]);
    expect(inner.calls).toEqual([['where is my order?'], ['hi']]);
  });

  it('keeps embedders apart and forgets everything with a new message', async () => {
    const [a, b] = [countingEmbedder('test:a'), countingEmbedder('test:b')];
    const first = perMessageEmbedders();
    await first(a)!.embed(['hello']);
    await first(b)!.embed(['hello']);
    await perMessageEmbedders()(a)!.embed(['hello']);
    expect(a.calls).toHaveLength(2);
    expect(b.calls).toHaveLength(1);
    expect(first(null)).toBeNull();
  });
});

embedderContract('perMessageEmbedders over recordingEmbedder', async () => ({
  embedder: perMessageEmbedders()(
    recordingEmbedder({ id: 'test:a', dimensions: 2, maxBatchSize: 8, vectorOf: (text) => Float32Array.of(text.length, 1) }),
  )!,
}));
