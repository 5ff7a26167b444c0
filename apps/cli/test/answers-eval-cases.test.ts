import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@switchboard/testkit';

const fixture = fileURLToPath(new URL('../../../packages/evaluation/src/__fixtures__/answer-cases', import.meta.url));
// No LLM: the extractive composer answers, whatever the environment running the tests says.
const run = (...args: string[]) => runCli(args, { env: { SWITCHBOARD_LLM_BASE_URL: '', SWITCHBOARD_LLM_MODEL: '' } });

interface CaseResult {
  readonly id: string;
  readonly checks: Record<string, boolean | null>;
  readonly failed: string[];
  readonly [key: string]: unknown;
}

describe('switchboard eval answers <file.yaml>', () => {
  // A copy, because the first run ingests the workspace into its data/ folder.
  let workspace = '';
  let cases = '';
  beforeAll(() => {
    workspace = mkdtempSync(join(tmpdir(), 'answer-cases-'));
    cpSync(fixture, workspace, { recursive: true });
    cases = join(workspace, 'evals', 'answers.yaml');
  });
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  it('scores only the tune or the check part with --part, and the two parts add up to all the cases', async () => {
    const ids = async (part: string) => {
      const result = await run('eval', 'answers', cases, '--json', '--part', part);
      expect(result.code, result.stderr).toBe(0);
      const report = JSON.parse(result.stdout) as { cases: CaseResult[]; part: string };
      expect(report.part).toBe(part);
      return report.cases.map((c) => c.id);
    };
    const [tune, check] = [await ids('tune'), await ids('check')];
    expect([...tune, ...check].sort()).toEqual(['bank-transfer', 'two-factor-steps', 'wrong-expected-citation']);
    expect(tune.filter((id) => check.includes(id))).toEqual([]);
    expect((await run('eval', 'answers', cases, '--part', 'holdout')).stderr).toContain("--part must be tune, check or all, got 'holdout'");
  });

  it('runs every case through the ask pipeline of the workspace above evals/ and prints {cases, summary} as JSON', async () => {
    const result = await run('eval', 'answers', cases, '--json');
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { cases: CaseResult[]; summary: Record<string, unknown> };
    expect(Object.keys(report)).toEqual(['cases', 'summary', 'part']);
    expect(report.cases.map((c) => c.id)).toEqual(['bank-transfer', 'two-factor-steps', 'wrong-expected-citation']);
    for (const c of report.cases) {
      expect(Object.keys(c)).toEqual(['id', 'rouge_l', 'checks', 'failed', 'missing_steps', 'answer', 'cited']);
      expect(Object.keys(c.checks)).toEqual([
        'cites_expected',
        'steps_complete_in_order',
        'no_cross_reference_only',
        'no_unrelated_source',
        'no_stale_citation',
        'answered',
      ]);
    }
    const [bankTransfer, twoFactor, wrongCitation] = report.cases;
    expect(bankTransfer).toMatchObject({ failed: [], cited: ['kb/billing/payment-methods.md'] });
    expect(bankTransfer!.checks['steps_complete_in_order']).toBeNull();
    expect(twoFactor).toMatchObject({ failed: [], missing_steps: [] });
    expect(twoFactor!.checks['steps_complete_in_order']).toBe(true);
    // The earlier turn is history; the answer is right, but the case expects the two-factor article.
    expect(wrongCitation).toMatchObject({ cited: ['kb/billing/payment-methods.md'] });
    expect(wrongCitation!.failed).toEqual(['cites_expected', 'no_unrelated_source']);
    expect(Object.keys(report.summary)).toEqual(['cases', 'rouge_l', 'answer_rate', 'all_checks_passed', 'pass_rate', 'applicable']);
    expect(report.summary).toMatchObject({ cases: 3, answer_rate: 1, all_checks_passed: 0.6667 });
    expect(report.summary['pass_rate']).toMatchObject({ cites_expected: 0.6667, steps_complete_in_order: 1, answered: 1 });
    expect(report.summary['applicable']).toMatchObject({ cites_expected: 3, steps_complete_in_order: 1 });
  });

  it('prints a row per case with its failed checks, then the summary', async () => {
    const result = await run('eval', 'answers', cases);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('3 cases answered by extractive');
    expect(result.stdout).toMatch(/^bank-transfer\s+0\.\d{4}\s+-$/m);
    expect(result.stdout).toMatch(/^wrong-expected-citation\s+\d\.\d{4}\s+cites_expected, no_unrelated_source$/m);
    expect(result.stdout).toMatch(/^cites_expected\s+0\.6667\s+3$/m);
    expect(result.stdout).toMatch(/^steps_complete_in_order\s+1\.0000\s+1$/m);
  });

  it('takes the workspace from --workspace when the file is elsewhere', async () => {
    const elsewhere = join(workspace, 'cases.yml');
    cpSync(cases, elsewhere);
    const result = await run('eval', 'answers', elsewhere, '--workspace', workspace, '--json');
    expect(result.code, result.stderr).toBe(0);
    expect((JSON.parse(result.stdout) as { summary: { cases: number } }).summary.cases).toBe(3);
  });

  it('names the file, the case and the field of a malformed case, with its line', async () => {
    const malformed = join(workspace, 'evals', 'malformed.yaml');
    writeFileSync(
      malformed,
      [
        '- id: fine',
        '  turns: ["Can I pay by bank transfer?"]',
        '  expect: {cites: [kb/billing/payment-methods.md]}',
        '  reference: Yes.',
        '- id: misspelt',
        '  turns: ["How do I turn on two-factor authentication?"]',
        '  expect:',
        '    cite: [kb/account/two-factor.md]',
        '  reference: Go to Profile > Security.',
        '',
      ].join('\n'),
    );
    const result = await run('eval', 'answers', malformed);
    expect(result.code).toBe(65);
    // Line 8 is the expect mapping that lacks cites.
    expect(result.stderr).toContain(`${malformed}: case 2 (id 'misspelt'): expect.cites is missing`);
    expect(result.stderr).toContain('(line 8)');
  });

  it('names an expected document that is not in the workspace', async () => {
    const typo = join(workspace, 'evals', 'typo.yaml');
    writeFileSync(
      typo,
      '- id: typo\n  turns: ["Can I pay by bank transfer?"]\n  expect: {cites: [kb/billing/payment.md]}\n  reference: Yes.\n',
    );
    const result = await run('eval', 'answers', typo);
    expect(result.code).toBe(65);
    expect(result.stderr).toContain(`case 1 (id 'typo'): expect.cites[0] 'kb/billing/payment.md' is not a document of the workspace`);
  });

  it('refuses the BEIR-only options for a case file', async () => {
    const result = await run('eval', 'answers', cases, '--split', 'dev');
    expect(result.code).toBe(64);
    expect(result.stderr).toContain('--split: only for a BEIR dataset folder');
  });
});
