import { describe, expect, it } from 'vitest';
import { meanSentenceEmbedding, safetySentences } from './safety-sentences.js';

describe('safetySentences', () => {
  it('splits a message into sentences and lines, a piece under 40 characters taking in the next one', () => {
    const text = 'Hi. I have been charged twice for the same order last week!\nCan you please check what happened to it? Thanks.';
    expect(safetySentences(text)).toEqual([
      'Hi. I have been charged twice for the same order last week!',
      'Can you please check what happened to it?',
      'Thanks.',
    ]);
  });

  it('keeps at most 24 pieces of at most 400 characters, and none for blank text', () => {
    const long = Array.from({ length: 40 }, (_, i) => `This is sentence number ${i} of a rather long web post.`).join(' ');
    const pieces = safetySentences(long);
    expect(pieces).toHaveLength(24);
    expect(safetySentences('x'.repeat(1000))[0]).toHaveLength(400);
    expect(safetySentences('  \n ')).toEqual([]);
  });
});

describe('meanSentenceEmbedding', () => {
  it('averages unit-length sentence vectors into a unit-length vector, skipping zero vectors', () => {
    const pooled = meanSentenceEmbedding([Float32Array.of(3, 0), Float32Array.of(0, 0), Float32Array.of(0, 5)])!;
    expect(pooled[0]).toBeCloseTo(Math.SQRT1_2, 6);
    expect(pooled[1]).toBeCloseTo(Math.SQRT1_2, 6);
  });

  it('leaves its inputs unchanged and returns null when there is nothing to pool', () => {
    const input = Float32Array.of(3, 4);
    meanSentenceEmbedding([input]);
    expect([...input]).toEqual([3, 4]);
    expect(meanSentenceEmbedding([])).toBeNull();
    expect(meanSentenceEmbedding([new Float32Array(2)])).toBeNull();
  });
});
