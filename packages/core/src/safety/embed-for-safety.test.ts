import { describe, expect, it } from 'vitest';
import type { Embedder } from '@switchboard/spec';
import { recordingEmbedder } from '@switchboard/testkit';
import { embedForSafety, embedSentenceMeans } from './embed-for-safety.js';

// A sentence about refunds points one way, any other sentence the other.
const embedder = recordingEmbedder({
  id: 'test:directions',
  dimensions: 2,
  vectorOf: (text) => (text.includes('refund') ? Float32Array.of(1, 0) : Float32Array.of(0, 1)),
});
const { calls } = embedder;

describe('embedSentenceMeans', () => {
  it('embeds every sentence of every text in one batch and pools each text on its own', async () => {
    calls.length = 0;
    const texts = ['I would like a refund for my order please.', 'Where is my parcel? It has been two weeks now.', ''];
    const pooled = await embedSentenceMeans(embedder, texts);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toEqual(['I would like a refund for my order please.', 'Where is my parcel? It has been two weeks now.']);
    expect([...pooled[0]!]).toEqual([1, 0]);
    expect([...pooled[1]!]).toEqual([0, 1]);
    expect(pooled[2]).toBeNull();
  });
});

describe('embedForSafety', () => {
  it('says why there is no embedding instead of throwing', async () => {
    expect(await embedForSafety(null, 'hello')).toEqual({ embedding: null, reason: 'no safety embedder' });
    expect(await embedForSafety(embedder, '   ')).toEqual({ embedding: null, reason: 'empty message' });
    const failing: Embedder = { ...embedder, embed: () => Promise.reject(new Error('out of memory')) };
    expect(await embedForSafety(failing, 'hello there')).toEqual({
      embedding: null,
      reason: 'embedder test:directions failed: out of memory',
    });
  });
});
