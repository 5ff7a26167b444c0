import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '@switchboard/testkit';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../../packages/evaluation/src/safety/__fixtures__/${name}`, import.meta.url));
const run = (...args: string[]) => runCli(args);

describe('switchboard eval safety', () => {
  it('prints recall, precision, f1, false_positive_rate and per-category recall as JSON', async () => {
    const result = await run('eval', 'safety', fixture('safety-sample.jsonl'), '--json');
    expect(result.code, result.stderr).toBe(0);
    const metrics = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(metrics).slice(0, 5)).toEqual(['recall', 'precision', 'f1', 'false_positive_rate', 'per_category']);
    expect(metrics).toMatchObject({ part: 'all', workspace_model: null });
    expect(metrics).toMatchObject({ recall: 1, precision: 1, f1: 1, false_positive_rate: 0 });
    expect(metrics['per_category']).toEqual({ financial_dispute: 1, fraud: 1, prompt_injection: 1 });
  });

  it('scores with n-grams alone under --embedder none, and refuses an unknown embedder', async () => {
    const ngrams = await run('eval', 'safety', fixture('safety-sample.jsonl'), '--embedder', 'none', '--json');
    expect(ngrams.code, ngrams.stderr).toBe(0);
    expect(JSON.parse(ngrams.stdout)).toMatchObject({ recall: 1, false_positive_rate: 0 });
    const table = await run('eval', 'safety', fixture('safety-sample.jsonl'), '--embedder', 'none');
    expect(table.stdout).toContain('ngram model');
    const unknown = await run('eval', 'safety', fixture('safety-sample.jsonl'), '--embedder', 'local:glove-100d-sif');
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain("--embedder: expected local:use-lite or none, got 'local:glove-100d-sif'");
  });

  it('lets everyday assistant requests through ("i want you to…", "change your name to…", "send a message…")', async () => {
    // Before the embedding model learnt from benign everyday requests it handed half of these to a human as harassment.
    const result = await run('eval', 'safety', fixture('everyday-requests.jsonl'), '--json');
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ false_positive_rate: 0 });
  });

  it('names the file and line of a bad row', async () => {
    const result = await run('eval', 'safety', fixture('safety-bad-label.jsonl'));
    expect(result.code).toBe(65);
    expect(result.stderr).toContain('safety-bad-label.jsonl: line 3:');
    expect(result.stderr).toContain("'label'");
  });
});

describe('switchboard train safety', () => {
  const metricsOf = (result: Awaited<ReturnType<typeof run>>) => {
    expect(result.code, result.stderr).toBe(0);
    return JSON.parse(result.stdout) as { recall: number; false_positive_rate: number; workspace_model: string | null };
  };

  it('learns a workspace’s own rows, and eval safety in that workspace uses them (issue 14)', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'switchboard-safety-'));
    try {
      // Points, miles and in-game items taken by someone else are fraud in this workspace; the shipped model misses them.
      const before = metricsOf(await run('eval', 'safety', fixture('workspace-safety-test.jsonl'), '--json'));
      expect(before.recall).toBeLessThan(0.25);
      const trained = await run('--workspace', workspace, 'train', 'safety', fixture('workspace-safety-train.jsonl'), '--json');
      expect(trained.code, trained.stderr).toBe(0);
      const summary = JSON.parse(trained.stdout) as { model: string; rows: number; per_category: Record<string, number> };
      expect(summary).toMatchObject({ rows: 28, per_category: { fraud: 14, safe: 14 }, embedding_model: true });
      expect(existsSync(join(workspace, 'data', 'models', 'safety.json'))).toBe(true);
      const after = metricsOf(await run('--workspace', workspace, 'eval', 'safety', fixture('workspace-safety-test.jsonl'), '--json'));
      expect(after.recall).toBeGreaterThanOrEqual(0.75);
      expect(after.false_positive_rate).toBe(0);
      expect(after.workspace_model).toBe(join(workspace, 'data', 'models', 'safety.json'));
      // What the shipped model already caught, it still catches.
      const sample = metricsOf(await run('--workspace', workspace, 'eval', 'safety', fixture('safety-sample.jsonl'), '--json'));
      expect(sample).toMatchObject({ recall: 1, false_positive_rate: 0 });
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });

  it('names the file and line of a row whose category is not a safety category', async () => {
    const result = await run(
      'train',
      'safety',
      fixture('workspace-safety-bad-category.jsonl'),
      '--out',
      join(tmpdir(), 'never-written.json'),
    );
    expect(result.code).toBe(65);
    expect(result.stderr).toContain("workspace-safety-bad-category.jsonl: line 2: category 'spam' is not a safety category");
  });
});

describe('switchboard eval safety --part', () => {
  it('scores the tune and the check part separately, and they add up to the whole file', async () => {
    const all = await run('eval', 'safety', fixture('everyday-requests.jsonl'), '--embedder', 'none', '--json');
    const tune = await run('eval', 'safety', fixture('everyday-requests.jsonl'), '--embedder', 'none', '--part', 'tune', '--json');
    const check = await run('eval', 'safety', fixture('everyday-requests.jsonl'), '--embedder', 'none', '--part', 'check', '--json');
    const rows = [all, tune, check].map((result) => (JSON.parse(result.stdout) as { rows: number; part: string }).rows);
    expect(JSON.parse(check.stdout)).toMatchObject({ part: 'check' });
    expect(rows[1]! + rows[2]!).toBe(rows[0]);
    expect(rows[2]).toBeGreaterThan(0);
    const table = await run('eval', 'safety', fixture('everyday-requests.jsonl'), '--embedder', 'none', '--part', 'check');
    expect(table.stdout).toContain('check part (nothing was tuned on it)');
  });
});
