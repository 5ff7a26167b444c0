import { describe, expect, it } from 'vitest';
import { seededRandom } from '../intent/seeded-random.js';
import { VectorIndex } from './vector-index.js';

function randomVectors(count: number, dims: number, seed: number): Float32Array[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => Float32Array.from({ length: dims }, () => random() * 2 - 1));
}

describe('VectorIndex', () => {
  it('finds the most similar vectors by cosine, exactly', () => {
    const index = new VectorIndex(3);
    index.add('x', Float32Array.from([1, 0, 0]));
    index.add('y', Float32Array.from([0, 1, 0]));
    index.add('xy', Float32Array.from([1, 1, 0]));
    const hits = index.nearest(Float32Array.from([2, 0.5, 0]), 2);
    expect(hits.map((h) => h.id)).toEqual(['x', 'xy']);
    expect(hits[0]!.score).toBeCloseTo(2 / Math.sqrt(4.25), 5);
  });

  it('keeps rows contiguous when removing and int8 scores close to float32', () => {
    const vectors = randomVectors(200, 16, 3);
    const exact = new VectorIndex(16);
    const quantised = new VectorIndex(16, 'int8');
    vectors.forEach((v, i) => {
      exact.add(`v${i}`, v);
      quantised.add(`v${i}`, v);
    });
    exact.remove('v0');
    quantised.remove('v0');
    expect(exact.size).toBe(199);
    const query = vectors[5]!;
    const a = exact.nearest(query, 5);
    const b = quantised.nearest(query, 5);
    expect(a[0]!.id).toBe('v5');
    expect(b[0]!.id).toBe('v5');
    expect(a.some((h) => h.id === 'v0')).toBe(false);
    expect(Math.abs(a[1]!.score - b.find((h) => h.id === a[1]!.id)!.score)).toBeLessThan(0.02);
  });

  it('answers approximately from partitions with high recall of the exact top 10', () => {
    const vectors = randomVectors(4000, 24, 11);
    const exact = new VectorIndex(24);
    const approximate = new VectorIndex(24);
    vectors.forEach((v, i) => {
      exact.add(String(i), v);
      approximate.add(String(i), v);
    });
    approximate.partition(32, 8);
    let found = 0;
    const queries = randomVectors(50, 24, 99);
    for (const query of queries) {
      const truth = new Set(exact.nearest(query, 10).map((h) => h.id));
      found += approximate.nearest(query, 10).filter((h) => truth.has(h.id)).length;
    }
    expect(found / (queries.length * 10)).toBeGreaterThan(0.6);
    approximate.add('new', queries[0]!);
    expect(approximate.nearest(queries[0]!, 1)[0]!.id).toBe('new');
  });
});
