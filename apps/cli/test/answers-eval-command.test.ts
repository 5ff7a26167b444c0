import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '@switchboard/testkit';

const fixture = fileURLToPath(new URL('../../../packages/evaluation/src/__fixtures__/answers-beir', import.meta.url));
// No LLM: the extractive composer answers, whatever the environment running the tests says.
const run = (...args: string[]) => runCli(args, { env: { SWITCHBOARD_LLM_BASE_URL: '', SWITCHBOARD_LLM_MODEL: '' } });

interface Stage {
  readonly [key: string]: unknown;
  readonly latency_ms: { p50: number; p95: number };
}

describe('switchboard eval answers', () => {
  it('scores the retrieval, gold-passage and full stages of the extractive answerer as one JSON object', async () => {
    const result = await run('eval', 'answers', fixture, '--split', 'dev', '--mode', 'lexical', '--json');
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { stages: Record<string, Stage> } & Record<string, unknown>;
    expect(report).toMatchObject({ answerer: 'extractive', k: 5, queries: 3, skipped: 1, documents: 4, chunks: 4 });
    const { retrieval, gold_passage: gold, full } = report.stages as Record<'retrieval' | 'gold_passage' | 'full', Stage>;
    expect(Object.keys(report.stages)).toEqual(['retrieval', 'gold_passage', 'full']);
    expect(Object.keys(retrieval!)).toEqual(['context_recall', 'context_hit_rate', 'latency_ms', 'queries']);
    // The warranty question's gold document shares no word with it, so it is neither retrieved nor answered.
    expect(retrieval).toMatchObject({ context_recall: 0.6667, context_hit_rate: 0.6667, queries: 3 });
    for (const stage of [gold!, full!]) {
      expect(Object.keys(stage)).toEqual(['rouge_l', 'rouge_l_answered', 'faithfulness', 'answer_rate', 'latency_ms', 'queries']);
      expect(stage).toMatchObject({ faithfulness: 1, answer_rate: 0.6667, queries: 3 });
      expect(stage['rouge_l']).toBeGreaterThan(0.2);
      expect(stage['rouge_l_answered']).toBeGreaterThan(stage['rouge_l'] as number);
      expect(stage['rouge_l_answered']).toBeLessThan(1);
    }
    for (const stage of [retrieval!, gold!, full!]) {
      expect(stage.latency_ms.p50).toBeGreaterThanOrEqual(0);
      expect(stage.latency_ms.p95).toBeGreaterThanOrEqual(stage.latency_ms.p50);
    }
  });

  it('prints a table with one row per stage', async () => {
    const result = await run('eval', 'answers', fixture, '--split', 'dev', '--mode', 'lexical', '--limit', '2');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('2 questions answered by extractive');
    expect(result.stdout).toMatch(/^retrieval\s+1\.0000/m);
    expect(result.stdout).toMatch(/^gold_passage\s+-\s+0\.\d{4}\s+1\.0000\s+1\.0000/m);
  });

  it('names the missing answers.jsonl', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'answers-eval-'));
    try {
      cpSync(fixture, dir, { recursive: true });
      rmSync(join(dir, 'answers.jsonl'));
      const result = await run('eval', 'answers', dir, '--split', 'dev', '--mode', 'lexical');
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain(`${join(dir, 'answers.jsonl')}: file not found`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
