import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const fixture = (name: string): string => fileURLToPath(new URL(`../safety/__fixtures__/${name}`, import.meta.url));
const run = (...args: string[]) => spawnSync('node', ['apps/cli/bin/switchboard.js', ...args], { cwd: repo, encoding: 'utf8' });

describe('switchboard eval safety', () => {
  it('prints recall, precision, f1, false_positive_rate and per-category recall as JSON', () => {
    const result = run('eval', 'safety', fixture('safety-sample.jsonl'), '--json');
    expect(result.status, result.stderr).toBe(0);
    const metrics = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(metrics)).toEqual(['recall', 'precision', 'f1', 'false_positive_rate', 'per_category']);
    expect(metrics).toMatchObject({ recall: 1, precision: 1, f1: 1, false_positive_rate: 0 });
    expect(metrics['per_category']).toEqual({ financial_dispute: 1, fraud: 1, prompt_injection: 1 });
  });

  it('scores with n-grams alone under --embedder none, and refuses an unknown embedder', () => {
    const ngrams = run('eval', 'safety', fixture('safety-sample.jsonl'), '--embedder', 'none', '--json');
    expect(ngrams.status, ngrams.stderr).toBe(0);
    expect(JSON.parse(ngrams.stdout)).toMatchObject({ recall: 1, false_positive_rate: 0 });
    const table = run('eval', 'safety', fixture('safety-sample.jsonl'), '--embedder', 'none');
    expect(table.stdout).toContain('ngram model');
    const unknown = run('eval', 'safety', fixture('safety-sample.jsonl'), '--embedder', 'local:glove-100d-sif');
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toContain("--embedder: expected local:use-lite or none, got 'local:glove-100d-sif'");
  });

  it('lets everyday assistant requests through ("i want you to…", "change your name to…", "send a message…")', () => {
    // Before the embedding model learnt from benign everyday requests it handed half of these to a human as harassment.
    const result = run('eval', 'safety', fixture('everyday-requests.jsonl'), '--json');
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ false_positive_rate: 0 });
  });

  it('names the file and line of a bad row', () => {
    const result = run('eval', 'safety', fixture('safety-bad-label.jsonl'));
    expect(result.status).toBe(65);
    expect(result.stderr).toContain('safety-bad-label.jsonl: line 3:');
    expect(result.stderr).toContain("'label'");
  });
});
