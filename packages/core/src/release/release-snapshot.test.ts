import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';
import { releaseHashInput, releaseSnapshot, sameBehaviour, type SnapshotInput } from './release-snapshot.js';

const input = (): SnapshotInput => ({
  config: {
    workspace: { name: 'acme' },
    server: { port: 8080 },
    retrieval: { topK: 5, weights: { bm25: 1, dense: 0.5 } },
    answer: { minConfidence: 0.4 },
    safety: { thresholds: { fraud: 0.6 }, actions: { fraud: 'handoff' } },
    personas: { rules: [{ when: { plan: ['enterprise'] }, persona: 'enterprise' }] },
    llm: { model: 'openai:gpt-4o-mini', routing: { threshold: 0.5 } },
    guardrails: { blockedTopics: [] },
    handoff: { queue: 'Support' },
    language: { knowledge: ['en'] },
    adapters: { maxAgeDays: 30, anchors: [] },
  },
  files: {
    'policy.yaml': 'refunds: 100\n',
    'workflows/cancel-order.yaml': 'name: cancel\n',
    'kb/refunds.md': '# Refunds',
    'adapters.yaml': 'adapters: []\n',
  },
  knowledgeVersion: 12,
  evalRunId: 'run-1',
});

/** A deep copy with every object's keys in reverse order. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, item]) => [key, reversed(item)]),
  );
}

function edited(path: readonly string[], value: unknown): SnapshotInput {
  const copy = JSON.parse(JSON.stringify(input())) as Record<string, unknown>;
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[path[path.length - 1]!] = value;
  return copy as unknown as SnapshotInput;
}

const hashOf = (snapshotInput: SnapshotInput): string => releaseHashInput(releaseSnapshot(snapshotInput));

describe('releaseSnapshot and its hash input', () => {
  it('keeps the sections that decide answers, the workflow and policy files and adapters.yaml, and nothing operational', () => {
    const snapshot = releaseSnapshot(input());
    expect(Object.keys(snapshot.config).sort()).toEqual([
      'adapters',
      'answer',
      'guardrails',
      'handoff',
      'language',
      'llm',
      'personas',
      'retrieval',
      'safety',
    ]);
    expect(Object.keys(snapshot.files)).toEqual(['adapters.yaml', 'policy.yaml', 'workflows/cancel-order.yaml']);
    expect(snapshot).toMatchObject({ knowledgeVersion: 12, evalRunId: 'run-1' });
  });

  it('hashes the same content alike whatever the order of its keys', () => {
    expect(hashOf(reversed(input()) as SnapshotInput)).toBe(hashOf(input()));
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: undefined } })).toBe('{"a":{"d":[2,{"e":0,"f":1}]},"b":1}');
  });

  it.each([
    ['a retrieval weight', ['config', 'retrieval', 'weights', 'dense'], 0.6],
    ['a safety threshold', ['config', 'safety', 'thresholds', 'fraud'], 0.7],
    ['a safety action', ['config', 'safety', 'actions', 'fraud'], 'answer'],
    ['a persona rule', ['config', 'personas', 'rules'], []],
    ['the model route', ['config', 'llm', 'model'], 'openai:gpt-4o'],
    ['a composer setting', ['config', 'answer', 'minConfidence'], 0.5],
    ['the handoff queue', ['config', 'handoff', 'queue'], 'Billing'],
    ['a policy file', ['files', 'policy.yaml'], 'refunds: 50\n'],
    ['a workflow file', ['files', 'workflows/cancel-order.yaml'], 'name: cancel-v2\n'],
    ['the hot-fix adapters (issue 20 item 7)', ['files', 'adapters.yaml'], 'adapters: [{name: billing-fix}]\n'],
    ['how long adapters serve', ['config', 'adapters', 'maxAgeDays'], 14],
    ['the knowledge version', ['knowledgeVersion'], 13],
    ['the gating run', ['evalRunId'], 'run-2'],
  ])('changes the hash input when %s changes', (_name, path, value) => {
    expect(hashOf(edited(path, value))).not.toBe(hashOf(input()));
  });

  it('ignores what does not decide answers: the server port, a knowledge file', () => {
    expect(hashOf(edited(['config', 'server', 'port'], 9090))).toBe(hashOf(input()));
    expect(hashOf(edited(['files', 'kb/refunds.md'], '# Changed'))).toBe(hashOf(input()));
  });

  it('compares behaviour without the knowledge version or the gating run', () => {
    const a = releaseSnapshot(input());
    expect(sameBehaviour(a, releaseSnapshot(edited(['knowledgeVersion'], 99)))).toBe(true);
    expect(sameBehaviour(a, releaseSnapshot(edited(['evalRunId'], 'run-9')))).toBe(true);
    expect(sameBehaviour(a, releaseSnapshot(edited(['config', 'retrieval', 'topK'], 8)))).toBe(false);
  });
});
