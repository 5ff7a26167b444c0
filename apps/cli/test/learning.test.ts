import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@switchboard/testkit';

const exampleKb = fileURLToPath(new URL('../../../examples/acme-help-center/kb', import.meta.url));

describe('learning from history and the trained ranker', () => {
  let workspace: string;
  beforeAll(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'sb-learn-'));
    await runCli(['init', workspace]);
    cpSync(exampleKb, join(workspace, 'kb'), { recursive: true });
    expect((await runCli(['-w', workspace, 'ingest'])).code).toBe(0);
  });
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  it('finds the article a past question was resolved with, through its "asked as" field and history vectors', async () => {
    const query = 'charged for seats we never used, can I get that money returned';
    const before = JSON.parse((await runCli(['-w', workspace, 'search', query, '--json', '--limit', '20'])).stdout) as {
      path: string;
      signals: Record<string, number>;
    }[];
    writeFileSync(
      join(workspace, 'data', 'history.jsonl'),
      [
        { question: 'charged for seats we never used, want that money returned', path: 'kb/billing/refunds.md' },
        { question: 'can unused seats be paid back to us', path: 'kb/billing/refunds.md' },
      ]
        .map((row) => JSON.stringify(row))
        .join('\n'),
    );
    const after = JSON.parse((await runCli(['-w', workspace, 'search', query, '--json', '--limit', '20'])).stdout) as {
      path: string;
      signals: Record<string, number>;
    }[];
    const rankOf = (results: { path: string }[]): number => results.findIndex((r) => r.path === 'kb/billing/refunds.md');
    expect(rankOf(after)).toBe(0);
    expect(rankOf(before) === -1 || rankOf(before) > rankOf(after) || before[0]!.signals['history'] === 0).toBe(true);
    expect(after[0]!.signals['history']).toBeGreaterThan(0);
  });

  it('trains the reranker from a golden set and uses it automatically', async () => {
    const golden = join(workspace, 'golden.jsonl');
    writeFileSync(
      golden,
      [
        { question: 'how long do refunds take to reach my card', path: 'kb/billing/refunds.md' },
        { question: 'set up SAML single sign-on with Okta', path: 'kb/sso/okta-saml.md' },
        { question: 'what does error E-2041 mean', path: 'kb/api/error-codes.md' },
        { question: 'how many API requests per minute can we make', path: 'kb/api/rate-limits.md' },
      ]
        .filter((row) => existsSync(join(workspace, row.path)))
        .map((row) => JSON.stringify(row))
        .join('\n'),
    );
    const trained = await runCli(['-w', workspace, 'train', 'ranker', '--golden', golden, '--json']);
    expect(trained.code).toBe(0);
    const summary = JSON.parse(trained.stdout) as { out: string; questions: number; weights: Record<string, number> };
    expect(existsSync(summary.out)).toBe(true);
    expect(summary.questions).toBeGreaterThanOrEqual(2);
    expect(Object.keys(summary.weights)).toContain('termOverlap');
    const results = JSON.parse((await runCli(['-w', workspace, 'search', 'refund to my card', '--json'])).stdout) as {
      signals: Record<string, number>;
    }[];
    expect(results[0]!.signals).toHaveProperty('rerank');
  });

  it('names the line of a golden row whose article is not in the knowledge base', async () => {
    const golden = join(workspace, 'bad-golden.jsonl');
    writeFileSync(
      golden,
      `${JSON.stringify({ question: 'a', path: 'kb/billing/refunds.md' })}\n${JSON.stringify({ question: 'b', path: 'kb/nope.md' })}\n`,
    );
    const { stderr, code } = await runCli(['-w', workspace, 'train', 'ranker', '--golden', golden]);
    expect(code).toBe(65);
    expect(stderr).toContain('bad-golden.jsonl:2: no ingested document has the path, URL or id "kb/nope.md"');
  });
});
