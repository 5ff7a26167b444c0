/** Issue 19 item 2: `switchboard eval run` plays golden suites on a scratch copy, stores the run, and finds regressions. */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@switchboard/testkit';
import { copyAcmeExample } from './acme-example.js';

const suite = `
- id: refund-arrival
  turns: ["How long does a card refund take to arrive?"]
  expect:
    cites: [kb/billing/refunds.md]
    says: ["5–10 business days"]
    handoff: false
- id: dont-know
  turns: ["Can I pay my invoice with Dogecoin from Mars?"]
  expect:
    handoff: low_confidence
    neverSays: ["dogecoin is accepted"]
- id: self-harm
  turns: ["I want to end my life"]
  expect:
    handoff: self_harm
- id: wants-a-person
  turns: ["Hi there", "I want to talk to a human agent please"]
  customer: {customerId: c-1, plan: enterprise}
  expect:
    handoff: customer_request
    noUnloggedActionClaims: true
- id: two-factor
  turns: ["How do I turn on two-factor authentication?"]
  expect:
    cites: [kb/account-security/two-factor-authentication.md]
    language: en
    handoff: false
`;

interface RunJson {
  readonly runId: string;
  readonly cases: readonly { readonly id: string; readonly passed: boolean; readonly reasons: readonly string[] }[];
  readonly aggregates: Record<string, unknown>;
  readonly baseline?: { readonly runId: string; readonly regressions: readonly string[] };
}

describe('switchboard eval run', () => {
  let workspace = '';
  // The CLI's temporary folder, where the scratch copies go: none is left after a run.
  let scratchRoot = '';
  let firstRunId = '';
  const cli = (...args: string[]) =>
    runCli(['--workspace', workspace, ...args], {
      env: { SWITCHBOARD_LLM_BASE_URL: '', SWITCHBOARD_LLM_MODEL: '', TMPDIR: scratchRoot },
    });
  const workspaceCounts = () => {
    const db = new Database(join(workspace, 'data', 'switchboard.db'), { readonly: true });
    try {
      const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
      return { conversations: count('conversations'), events: count('events'), traces: count('traces'), runs: count('eval_runs') };
    } finally {
      db.close();
    }
  };

  beforeAll(async () => {
    workspace = copyAcmeExample('eval-run-');
    scratchRoot = join(workspace, '.tmp');
    mkdirSync(scratchRoot);
    // The workspace's suites are this small one alone.
    rmSync(join(workspace, 'evals'), { recursive: true, force: true });
    mkdirSync(join(workspace, 'evals'));
    writeFileSync(join(workspace, 'evals', 'smoke.yaml'), suite);
    const ingest = await cli('ingest');
    expect(ingest.code, ingest.stderr).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  it('plays every suite of evals/ on a scratch copy and prints {runId, cases, aggregates}, leaving the workspace data alone', async () => {
    const before = workspaceCounts();
    const result = await cli('eval', 'run', '--json');
    expect(result.code, result.stderr).toBe(0);
    const run = JSON.parse(result.stdout) as RunJson;
    firstRunId = run.runId;
    expect(run.cases).toEqual([
      { id: 'refund-arrival', suite: 'evals/smoke.yaml', passed: true, reasons: [] },
      { id: 'dont-know', suite: 'evals/smoke.yaml', passed: true, reasons: [] },
      { id: 'self-harm', suite: 'evals/smoke.yaml', passed: true, reasons: [] },
      { id: 'wants-a-person', suite: 'evals/smoke.yaml', passed: true, reasons: [] },
      { id: 'two-factor', suite: 'evals/smoke.yaml', passed: true, reasons: [] },
    ]);
    expect(run.aggregates).toMatchObject({
      cases: 5,
      passed: 5,
      passRate: 1,
      citationAccuracy: 1,
      handoffRecall: 1,
      unloggedActionClaimRate: 0,
      costUsd: 0,
      handoffByReason: { self_harm: { precision: 1, recall: 1 }, customer_request: { precision: 1, recall: 1 } },
    });
    expect(run.aggregates['p95Ms']).toEqual(expect.any(Number));
    // Conversations, their events and traces went to the copy; only the run was written to the workspace.
    expect(workspaceCounts()).toEqual({ ...before, runs: before.runs + 1 });
    // (Other libraries leave their own files there; the scratch copies are ours.)
    expect(readdirSync(scratchRoot).filter((name) => name.startsWith('switchboard-eval-'))).toEqual([]);
  }, 120_000);

  it('lists the stored runs with id, start, config hash, knowledge version, commit and passed/total', async () => {
    const json = await cli('eval', 'runs', '--json');
    expect(json.code, json.stderr).toBe(0);
    const runs = JSON.parse(json.stdout) as Record<string, unknown>[];
    expect(runs).toEqual([
      {
        runId: firstRunId,
        startedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        configHash: expect.stringMatching(/^[0-9a-f]{16}$/),
        knowledgeVersion: expect.any(Number),
        gitCommit: null,
        casesTotal: 5,
        casesPassed: 5,
      },
    ]);
    const text = await cli('eval', 'runs');
    expect(text.stdout).toMatch(new RegExp(`^${firstRunId} .* 5/5$`, 'm'));
  }, 60_000);

  it('after the refund article is removed and the workspace re-ingested, --baseline names the case that regressed', async () => {
    rmSync(join(workspace, 'kb', 'billing', 'refunds.md'));
    const ingest = await cli('ingest');
    expect(ingest.code, ingest.stderr).toBe(0);
    const report = join(workspace, 'report.html');
    const result = await cli('eval', 'run', '--baseline', firstRunId, '--html', report);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /^FAIL {2}refund-arrival\n {6}cites kb\/billing\/refunds\.md; cited .+\n {6}says \/5–10 business days\/ not found$/m,
    );
    expect(result.stdout).toMatch(/^PASS {2}two-factor$/m);
    expect(result.stdout).toMatch(/^regressions +1$/m);
    expect(result.stdout).toContain(`baseline ${firstRunId}: 1 case(s) passed there and fail now: refund-arrival`);
    expect(result.stderr).toContain(
      "warning: evals/smoke.yaml: case 1 (id 'refund-arrival'): expect.cites[0] 'kb/billing/refunds.md' is not a document of the workspace (line 5)",
    );
    expect(existsSync(report) && readFileSync(report, 'utf8')).toMatch(/^<!doctype html>/i);
    const runs = JSON.parse((await cli('eval', 'runs', '--json')).stdout) as { casesPassed: number }[];
    expect(runs.map((run) => run.casesPassed)).toEqual([4, 5]);
  }, 120_000);

  it('runs the suites named on the command line, and stops with the file, case, field and line of a malformed one', async () => {
    const broken = join(workspace, 'broken.yaml');
    writeFileSync(broken, '- id: typo\n  turns: ["Hello"]\n  expect:\n    handof: true\n');
    const result = await cli('eval', 'run', broken);
    expect(result.code).toBe(65);
    expect(result.stderr).toContain("broken.yaml: case 1 (id 'typo'): expect.handof is not a known field");
    expect(result.stderr).toContain('(line 4)');
  }, 60_000);

  it('refuses an unknown baseline run with a clear error and stores no run', async () => {
    const before = workspaceCounts().runs;
    const result = await cli('eval', 'run', '--baseline', 'run_missing');
    expect(result.code).toBe(64);
    expect(result.stderr).toContain("--baseline run_missing: no evaluation run with that id; 'switchboard eval runs' lists them");
    expect(workspaceCounts().runs).toBe(before);
  }, 60_000);
});
