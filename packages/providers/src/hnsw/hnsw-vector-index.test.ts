import { describe, expect, it } from 'vitest';
import { createHnswIndexFactory } from './hnsw-vector-index.js';

/** Deterministic unit vectors (mulberry32), so the test is the same on every run. */
function unitVectors(count: number, dimensions: number, seed = 7): Float32Array[] {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: count }, () => {
    const vector = Float32Array.from({ length: dimensions }, () => random() - 0.5);
    const norm = Math.hypot(...vector);
    return vector.map((value) => value / norm);
  });
}

const dot = (a: Float32Array, b: Float32Array): number => a.reduce((sum, value, i) => sum + value * b[i]!, 0);

describe('HNSW vector index (hnswlib-node, real native addon)', () => {
  const dimensions = 32;
  const vectors = unitVectors(3000, dimensions);
  const entries = vectors.map((vector, i) => ({ id: `c${i}`, vector }));

  it('finds nearly all of the exact top 10 and scores them as cosine similarity', () => {
    const index = createHnswIndexFactory()(dimensions);
    index.build(entries);
    const queries = unitVectors(50, dimensions, 99);
    let found = 0;
    for (const query of queries) {
      const exact = entries
        .map((entry) => ({ id: entry.id, score: dot(entry.vector, query) }))
        .sort((a, b) => b.score - a.score)
        .slice(0, 10);
      const hits = index.nearest(query, 10);
      expect(hits).toHaveLength(10);
      expect(hits[0]!.score).toBeCloseTo(dot(vectors[Number(hits[0]!.id.slice(1))]!, query), 4);
      const ids = new Set(hits.map((hit) => hit.id));
      found += exact.filter((hit) => ids.has(hit.id)).length;
    }
    expect(found / (queries.length * 10)).toBeGreaterThan(0.9);
  });

  it('forgets removed vectors, replaces re-added ones, grows past its first capacity and honours the filter', () => {
    const index = createHnswIndexFactory()(dimensions);
    index.build(entries.slice(0, 10));
    for (const entry of entries.slice(10, 1500)) index.add(entry.id, entry.vector);
    expect(index.nearest(vectors[42]!, 1)[0]).toMatchObject({ id: 'c42' });
    index.remove('c42');
    expect(index.nearest(vectors[42]!, 5).map((hit) => hit.id)).not.toContain('c42');
    index.add('c7', vectors[42]!);
    expect(index.nearest(vectors[42]!, 1)[0]!.id).toBe('c7');
    expect(index.nearest(vectors[42]!, 5, (id) => id !== 'c7').map((hit) => hit.id)).not.toContain('c7');
    expect(index.nearest(vectors[0]!, 5000)).toHaveLength(1499);
  });

  it('refuses a vector of the wrong size, naming it', () => {
    const index = createHnswIndexFactory()(dimensions);
    expect(() => index.add('odd', new Float32Array(3))).toThrow(/odd has 3 dimensions, expected 32/);
  });
});
