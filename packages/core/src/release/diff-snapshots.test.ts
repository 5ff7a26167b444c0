import { describe, expect, it } from 'vitest';
import type { ReleaseSnapshot } from '@switchboard/spec';
import { diffSnapshots } from './diff-snapshots.js';

const base: ReleaseSnapshot = {
  config: { retrieval: { topK: 5, weights: { bm25: 1, dense: 0.5 } }, personas: { rules: [{ persona: 'enterprise' }] } },
  files: { 'policy.yaml': 'refunds: 100\n', 'workflows/cancel.yaml': 'a\n' },
  knowledgeVersion: 3,
  evalRunId: 'run-1',
};

describe('diffSnapshots', () => {
  it('finds nothing between a snapshot and itself, whatever the key order', () => {
    const reordered = {
      evalRunId: 'run-1',
      knowledgeVersion: 3,
      files: { ...base.files },
      config: { personas: base.config['personas'], retrieval: base.config['retrieval'] },
    };
    expect(diffSnapshots(base, reordered)).toEqual([]);
  });

  it('names each changed, added and removed leaf by its key path, in path order', () => {
    const next: ReleaseSnapshot = {
      config: {
        retrieval: { topK: 8, weights: { bm25: 1, dense: 0.5 }, rerank: true },
        personas: { rules: [{ persona: 'developer' }, { persona: 'enterprise' }] },
      },
      files: { 'policy.yaml': 'refunds: 50\n', 'workflows/return.yaml': 'b\n' },
      knowledgeVersion: 4,
      evalRunId: 'run-2',
    };
    expect(diffSnapshots(base, next)).toEqual([
      { path: 'config.personas.rules[0].persona', change: 'changed', before: 'enterprise', after: 'developer' },
      { path: 'config.personas.rules[1]', change: 'added', after: { persona: 'enterprise' } },
      { path: 'config.retrieval.rerank', change: 'added', after: true },
      { path: 'config.retrieval.topK', change: 'changed', before: 5, after: 8 },
      { path: 'evalRunId', change: 'changed', before: 'run-1', after: 'run-2' },
      { path: 'files["policy.yaml"]', change: 'changed', before: 'refunds: 100\n', after: 'refunds: 50\n' },
      { path: 'files["workflows/cancel.yaml"]', change: 'removed', before: 'a\n' },
      { path: 'files["workflows/return.yaml"]', change: 'added', after: 'b\n' },
      { path: 'knowledgeVersion', change: 'changed', before: 3, after: 4 },
    ]);
  });
});
