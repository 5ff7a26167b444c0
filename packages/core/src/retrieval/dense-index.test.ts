import type { ApproximateVectorIndex, Embedder, VectorMatch } from '@switchboard/spec';
import { describe, expect, it } from 'vitest';
import { DenseIndex } from './dense-index.js';

const embedder: Embedder = { id: 'test:axes', dimensions: 3, maxBatchSize: 8, embed: async () => [] };

/** A brute-force index behind the approximate seam, recording what the dense index asks of it. */
function recordingIndex(log: string[]): ApproximateVectorIndex {
  const vectors = new Map<string, Float32Array>();
  return {
    kind: 'recording',
    build(entries) {
      log.push(`build ${entries.length}`);
      vectors.clear();
      for (const entry of entries) vectors.set(entry.id, entry.vector);
    },
    add(id, vector) {
      log.push(`add ${id}`);
      vectors.set(id, vector);
    },
    remove(id) {
      log.push(`remove ${id}`);
      vectors.delete(id);
    },
    nearest(query, limit, accept) {
      log.push('search');
      const hits: VectorMatch[] = [...vectors]
        .filter(([id]) => !accept || accept(id))
        .map(([id, v]) => ({ id, score: v.reduce((sum, value, d) => sum + value * query[d]!, 0) }));
      return hits.sort((a, b) => b.score - a.score).slice(0, limit);
    },
  };
}

const entries = [
  { id: 'x', vector: Float32Array.of(3, 0.1, 0) },
  { id: 'y', vector: Float32Array.of(0.1, 2, 0) },
  { id: 'z', vector: Float32Array.of(0, 0.1, 5) },
];

describe('DenseIndex with an approximate index', () => {
  it('stays exact below approximateAbove', () => {
    const log: string[] = [];
    const dense = new DenseIndex(embedder, { approximateAbove: 4, approximate: () => recordingIndex(log) });
    dense.build(entries);
    expect(dense.searchKind).toBe('exact');
    expect(dense.nearest(dense.project(Float32Array.of(1, 0, 0)), 1)[0]!.id).toBe('x');
    expect(log).toEqual([]);
  });

  it('hands unit vectors to the approximate index at the threshold and answers from it, updates included', () => {
    const log: string[] = [];
    const dense = new DenseIndex(embedder, { approximateAbove: 3, approximate: () => recordingIndex(log) });
    dense.build(entries);
    expect(dense.searchKind).toBe('recording');
    const query = dense.project(Float32Array.of(0, 0, 1));
    const [best] = dense.nearest(query, 1);
    expect(best!.id).toBe('z');
    expect(best!.score).toBeLessThanOrEqual(1.000001);
    dense.remove('z');
    dense.add('w', Float32Array.of(0, 0, 9));
    expect(dense.nearest(query, 1)[0]!.id).toBe('w');
    expect(dense.nearest(query, 3, (id) => id !== 'w').map((hit) => hit.id)).not.toContain('w');
    dense.setLinearMap(Float32Array.of(1, 0, 0, 0, 1, 0, 0, 0, 1));
    expect(log).toEqual(['build 3', 'search', 'remove z', 'add w', 'search', 'search', 'build 3']);
  });

  it('falls back to its own inverted-file partitions without a factory', () => {
    const many = Array.from({ length: 1200 }, (_, i) => ({ id: `v${i}`, vector: Float32Array.of(Math.cos(i), Math.sin(i), (i % 7) / 7) }));
    const dense = new DenseIndex(embedder, { approximateAbove: 1000 });
    dense.build(many);
    expect(dense.searchKind).toBe('ivf');
    expect(dense.nearest(dense.project(many[5]!.vector), 1)[0]!.id).toBe('v5');
  });
});
