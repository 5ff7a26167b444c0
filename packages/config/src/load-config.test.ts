import { describe, expect, it } from 'vitest';
import { SwitchboardError } from '@switchboard/spec';
import { parseConfig } from './load-config.js';
import { defaultConfigYaml } from './default-config.js';

describe('parseConfig', () => {
  it('accepts the commented default config written by init', () => {
    const config = parseConfig(defaultConfigYaml, 'switchboard.yaml');
    expect(config.sources).toEqual([{ name: 'kb', type: 'folder', path: 'kb' }]);
    expect(config.retrieval.topK).toBe(5);
    expect(Object.isFrozen(config.retrieval)).toBe(true);
  });

  it('fills defaults for an empty file', () => {
    expect(parseConfig('', 'switchboard.yaml').store.path).toBe('data/switchboard.db');
  });

  it('reports every problem at once with file, line and field', () => {
    const text = 'workspace:\n  name: demo\nretrieval:\n  topK: 0\n  k1: fast\nanswer:\n  minConfidence: 2\nunknownKey: 1\n';
    let error: unknown;
    try {
      parseConfig(text, 'ws/switchboard.yaml');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SwitchboardError);
    const problems = (error as SwitchboardError).details['problems'] as { line: number; field: string }[];
    expect(problems.map((p) => [p.field, p.line])).toEqual(
      expect.arrayContaining([
        ['retrieval.topK', 4],
        ['retrieval.k1', 5],
        ['answer.minConfidence', 7],
        ['(root)', 1],
      ]),
    );
    expect((error as Error).message).toContain('ws/switchboard.yaml:4: retrieval.topK');
  });

  it('reports YAML syntax errors with their line', () => {
    expect(() => parseConfig('retrieval:\n  topK: [1, 2\n', 'x.yaml')).toThrow(/x\.yaml:\d+: \(yaml\)/);
  });
});
