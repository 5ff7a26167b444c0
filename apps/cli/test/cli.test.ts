import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@switchboard/testkit';

const exampleKb = fileURLToPath(new URL('../../../examples/acme-help-center/kb', import.meta.url));
const tinyBeir = fileURLToPath(new URL('./__fixtures__/tiny-beir', import.meta.url));

describe('switchboard CLI', () => {
  let workspace: string;

  beforeAll(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'sb-cli-'));
    expect((await runCli(['init', workspace])).code).toBe(0);
    cpSync(exampleKb, join(workspace, 'kb'), { recursive: true });
  });
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  it('prints help for every command', async () => {
    for (const command of [[], ['ingest'], ['search'], ['ask'], ['serve'], ['demo'], ['eval', 'retrieval'], ['init']]) {
      const { stdout, code } = await runCli([...command, '--help']);
      expect(code).toBe(0);
      expect(stdout).toContain('Usage: switchboard');
    }
  });

  it('ingests the configured sources with a summary, then skips unchanged files', async () => {
    const first = await runCli(['-w', workspace, 'ingest', '--json']);
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.stdout) as { added: number; failed: unknown[] };
    expect(summary.added).toBeGreaterThanOrEqual(40);
    expect(summary.failed).toEqual([]);
    const second = await runCli(['-w', workspace, 'ingest']);
    expect(second.stdout).toMatch(/added 0, updated 0, unchanged \d+, removed 0, failed 0/);
  });

  it('answers the refund question with a citation to the refund article', async () => {
    const { stdout, code } = await runCli(['-w', workspace, 'ask', 'how do I get a refund?', '--json']);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout) as {
      text: string;
      plainText: string;
      citations: { path: string; title: string }[];
      confidence: number;
      handoff: unknown;
      traceId: string;
    };
    expect(answer.citations[0]?.path).toBe('kb/billing/refunds.md');
    expect(answer.text).toMatch(/\[1\]/);
    expect(answer.plainText).not.toContain('**');
    expect(answer.plainText).toMatch(/\n\nSources:\n\[1\] .*\(kb\/billing\/refunds\.md\)/);
    expect(answer.handoff).toBeNull();
    expect(answer.traceId).toMatch(/^trace_/);
  });

  it('prints the Markdown answer with its sources listed once below it (issue 15)', async () => {
    const { stdout, code } = await runCli(['-w', workspace, 'ask', 'how do I get a refund?']);
    expect(code).toBe(0);
    expect(stdout.match(/^Sources:$/gm)).toHaveLength(1);
    const sources = stdout.split('\nSources:\n')[1]!.split('\n\n')[0]!.split('\n');
    expect(sources[0]).toMatch(/^\[1\] .*\(kb\/billing\/refunds\.md\)$/);
    expect(new Set(sources).size).toBe(sources.length);
  });

  it('prints the trace with per-field scores and stage timings', async () => {
    const { stdout } = await runCli(['-w', workspace, 'ask', 'what does error E-2041 mean?', '--json', '--trace']);
    const answer = JSON.parse(stdout) as {
      trace: { stages: { name: string; milliseconds: number; detail: { chunks?: { fieldScores: Record<string, number> }[] } }[] };
    };
    const retrieve = answer.trace.stages.find((s) => s.name === 'retrieve')!;
    expect(Object.keys(retrieve.detail.chunks![0]!.fieldScores).sort()).toEqual(['askedAs', 'body', 'headings', 'tags', 'title']);
    expect(answer.trace.stages.map((s) => s.name)).toEqual([
      'safety',
      'intent',
      'route',
      'act',
      'rewrite',
      'cache',
      'retrieve',
      'compose',
      'generate',
      'persona',
      'guard',
    ]);
  });

  it('says it does not know instead of guessing', async () => {
    const { stdout } = await runCli(['-w', workspace, 'ask', 'what is the capital of mongolia?', '--json']);
    const answer = JSON.parse(stdout) as {
      text: string;
      plainText: string;
      citations: unknown[];
      handoff: { mode: string; reason: string };
    };
    expect(answer.citations).toEqual([]);
    expect(answer.plainText).toBe(answer.text);
    expect(answer.handoff).toEqual({ mode: 'offered', reason: 'low_confidence', queue: 'Customer Support' });
  });

  it('prints ranked chunks with the documented keys from search --json', async () => {
    const { stdout } = await runCli(['-w', workspace, 'search', 'SAML single sign-on Okta', '--json', '--limit', '3']);
    const results = JSON.parse(stdout) as Record<string, unknown>[];
    expect(results).toHaveLength(3);
    for (const key of ['id', 'title', 'breadcrumb', 'path', 'url', 'page', 'score', 'text']) expect(results[0]).toHaveProperty(key);
    expect(String(results[0]!['path'])).toMatch(/^kb\/sso\//);
  });

  it('reports a bad config with file, line and field and a config exit code', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'sb-bad-'));
    try {
      writeFileSync(join(bad, 'switchboard.yaml'), 'retrieval:\n  topK: many\n');
      const { stderr, code } = await runCli(['-w', bad, 'search', 'x']);
      expect(code).toBe(78);
      expect(stderr).toContain('switchboard.yaml:2: retrieval.topK');
      expect(stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });

  it('evaluates retrieval on a BEIR-layout dataset with the documented JSON keys', async () => {
    const { stdout, code } = await runCli(['eval', 'retrieval', tinyBeir, '--split', 'dev', '--json']);
    expect(code).toBe(0);
    const metrics = JSON.parse(stdout) as Record<string, number>;
    for (const key of ['ndcg@10', 'map', 'mrr@10', 'recall@1', 'recall@5', 'recall@10', 'recall@100', 'p@1', 'queries'])
      expect(metrics).toHaveProperty(key);
    expect(metrics['queries']).toBe(3);
    expect(metrics['p@1']).toBeGreaterThanOrEqual(2 / 3);
  });

  it('names the file and line of a broken dataset row', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'sb-beir-'));
    try {
      cpSync(tinyBeir, broken, { recursive: true });
      writeFileSync(join(broken, 'queries.jsonl'), '{"_id": "q1", "text": "ok"}\n{"_id": "q2", "text": \n');
      const { stderr, code } = await runCli(['eval', 'retrieval', broken, '--split', 'dev']);
      expect(code).toBe(65);
      expect(stderr).toContain('queries.jsonl:2: not valid JSON');
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });

  it('runs the demo end to end over real HTTP', async () => {
    const { stdout, code } = await runCli(['demo', '--port', '0', '--smoke']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/);
    // Issue 18: the demo makes an admin key once per workspace and shows it once; later runs say one exists.
    expect(stdout).toMatch(/export SWITCHBOARD_KEY=sb_admin_\S+|already has an admin key/);
    expect(stdout).toContain('authorization: Bearer $SWITCHBOARD_KEY');
    const reply = JSON.parse(stdout.slice(stdout.indexOf('{\n'))) as { citations: { path: string }[] };
    expect(reply.citations[0]?.path).toBe('kb/billing/refunds.md');
  });
});
