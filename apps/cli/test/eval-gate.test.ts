import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@switchboard/testkit';
import { copyAcmeExample } from './acme-example.js';

// No LLM: the extractive composer answers, whatever the environment running the tests says.
const run = (...args: string[]) => runCli(args, { env: { SWITCHBOARD_LLM_BASE_URL: '', SWITCHBOARD_LLM_MODEL: '' } });

/**
 * Two cases only the refund article answers (its button name, its account-credit row), one from another article and
 * one mandatory handoff: removing the article fails the two refund cases and nothing else. A citation of the removed
 * article fails its case (the "done when"), not the run.
 */
const suite = `
- id: refund-request
  turns: ["How do I request a refund?"]
  expect:
    cites: [kb/billing/refunds.md]
    says: ["Request refund"]
- id: refund-as-credit
  turns: ["Can I get my refund as account credit?"]
  expect:
    says: ["account credit"]
- id: two-factor
  turns: ["How do I turn on two-factor authentication?"]
  expect:
    cites: [kb/account-security/two-factor-authentication.md]
- id: card-fraud
  turns: ["Someone used my card without my permission, this is fraud"]
  expect:
    handoff: true
`;

const criteria = `
release:
  criteria:
    passRate: ">= 1"
    handoffRecall: ">= 1"
    regressions: "== 0"
`;

interface GateJson {
  runId: string;
  criteria: { name: string; operator: string; threshold: number; value: number | null; passed: boolean; reason: string | null }[];
  passed: boolean;
  baseline: string | null;
  regressions: string[];
}

describe('switchboard eval gate (issue 19)', () => {
  // A copy of the example with its ingested store: the gate stores runs there and the test deletes an article.
  let workspace = '';
  let suiteFile = '';
  const gate = (...args: string[]) => run('-w', workspace, 'eval', 'gate', suiteFile, ...args);
  beforeAll(() => {
    // Without the example's own data/: runs made there by hand must not count here.
    workspace = copyAcmeExample('eval-gate-');
    suiteFile = join(workspace, 'evals', 'gate.yaml');
    writeFileSync(suiteFile, suite);
    // The example declares its own criteria; this test declares its own, so it starts from none.
    const config = join(workspace, 'switchboard.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace(/\n# Acceptance criteria[\s\S]*$/, '\n'));
  });
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  it('refuses to gate without criteria, with the usage exit code and where to declare them', async () => {
    const result = await gate();
    expect(result.code).toBe(64);
    expect(result.stderr).toContain('no acceptance criteria');
    expect(result.stderr).toContain('release.criteria');
  });

  it('passes a good bot against its baseline, fails the same bot without one, and stores both runs', async () => {
    appendFileSync(join(workspace, 'switchboard.yaml'), criteria);
    const first = await gate('--json');
    expect(first.code, first.stderr).toBe(1);
    const unbased = JSON.parse(first.stdout) as GateJson;
    expect(unbased.criteria.map((c) => [c.name, c.passed])).toEqual([
      ['passRate', true],
      ['handoffRecall', true],
      ['regressions', false],
    ]);
    expect(unbased.criteria[2]).toMatchObject({ value: null, reason: expect.stringContaining('needs --baseline') });
    expect(unbased).toMatchObject({ passed: false, baseline: null, regressions: [] });

    const second = await gate('--baseline', unbased.runId);
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(second.stdout).toMatch(/^passRate\s+1\s+>= 1\s+PASS$/m);
    expect(second.stdout).toMatch(/^regressions\s+0\s+== 0\s+PASS$/m);
    expect(second.stdout).toContain(`regressions since ${unbased.runId}: none`);
    expect(second.stdout).toContain('gate PASS: all 3 criteria met');

    const runs = await run('-w', workspace, 'eval', 'runs', '--json');
    const listed = (JSON.parse(runs.stdout) as { runId: string }[]).map((stored) => stored.runId);
    expect(listed).toContain(unbased.runId);
    expect(listed).toHaveLength(2);
  });

  it('fails once the refund article is gone, naming the criteria and the cases that regressed, in text, JSON and HTML', async () => {
    // The newest stored run: the gate that passed above.
    const baseline = (JSON.parse((await run('-w', workspace, 'eval', 'runs', '--json')).stdout) as { runId: string }[])[0]!.runId;
    rmSync(join(workspace, 'kb', 'billing', 'refunds.md'));
    const ingest = await run('-w', workspace, 'ingest', '--json');
    expect(ingest.code, ingest.stderr).toBe(0);
    expect((JSON.parse(ingest.stdout) as { removed: number }).removed).toBe(1);

    const report = join(workspace, 'gate-report.html');
    // `latest` is the newest stored run: the same baseline as its id.
    const text = await gate('--baseline', 'latest', '--html', report);
    expect(text.code, text.stderr).toBe(1);
    expect(text.stdout).toMatch(/^passRate\s+0\.5\s+>= 1\s+FAIL {2}passRate is 0\.5, not >= 1$/m);
    expect(text.stdout).toMatch(/^handoffRecall\s+1\s+>= 1\s+PASS$/m);
    expect(text.stdout).toMatch(/^regressions\s+2\s+== 0\s+FAIL {2}regressions is 2, not == 0$/m);
    expect(text.stdout).toContain(`regressions since ${baseline} (2): refund-request, refund-as-credit`);
    expect(text.stdout).toContain('gate FAIL: passRate, regressions (2 of 3 criteria)');

    const json = await gate('--baseline', baseline, '--json');
    expect(json.code).toBe(1);
    const verdict = JSON.parse(json.stdout) as GateJson;
    expect(verdict).toMatchObject({ passed: false, baseline, regressions: ['refund-request', 'refund-as-credit'] });
    expect(verdict.criteria.filter((c) => !c.passed).map((c) => c.name)).toEqual(['passRate', 'regressions']);

    expect(existsSync(report)).toBe(true);
    const html = readFileSync(report, 'utf8');
    expect(html).toContain('Gate FAIL: passRate, regressions (2 of 3 criteria).');
    expect(html).toContain('<li>says /Request refund/ not found</li>');
    expect(html).toContain('How do I request a refund?');
  });
});
