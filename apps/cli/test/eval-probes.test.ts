/** Issue 19 item 5: `switchboard eval run --probes` plays every case's robustness variants and reports consistency. */
import Database from 'better-sqlite3';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@switchboard/testkit';
import { copyAcmeExample } from './acme-example.js';

const suite = `
- id: refund-arrival
  turns: ["How long does a card refund take to arrive?"]
  expect:
    cites: [kb/billing/refunds.md]
- id: wants-a-person
  turns: ["How do I export my data?", "I want to talk to a human agent please"]
  expect:
    handoff: customer_request
`;

interface ProbeJson {
  readonly aggregates: { readonly cases: number };
  readonly probes: {
    readonly summary: {
      readonly cases: number;
      readonly variants: number;
      readonly kept: number;
      readonly rate: number;
      readonly intentRate: number | null;
      readonly byRule: Record<string, { variants: number; kept: number }>;
    };
    readonly cases: readonly {
      readonly id: string;
      readonly suite: string;
      readonly kept: number;
      readonly variants: readonly { rule: string; kept: boolean; handoffKept: boolean; changes: readonly string[] }[];
    }[];
  };
}

describe('switchboard eval run --probes', () => {
  let workspace = '';
  const cli = (...args: string[]) =>
    runCli(['--workspace', workspace, ...args], { env: { SWITCHBOARD_LLM_BASE_URL: '', SWITCHBOARD_LLM_MODEL: '' } });
  const conversations = () => {
    const db = new Database(join(workspace, 'data', 'switchboard.db'), { readonly: true });
    try {
      return (db.prepare('SELECT COUNT(*) AS n FROM conversations').get() as { n: number }).n;
    } finally {
      db.close();
    }
  };

  beforeAll(async () => {
    workspace = copyAcmeExample('eval-probes-');
    rmSync(join(workspace, 'evals'), { recursive: true, force: true });
    mkdirSync(join(workspace, 'evals'));
    writeFileSync(join(workspace, 'evals', 'probes.yaml'), suite);
    const ingest = await cli('ingest');
    expect(ingest.code, ingest.stderr).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  it('reports each case against its variants, per rule and in total, on a scratch copy, outside the aggregates', async () => {
    const before = conversations();
    const result = await cli('eval', 'run', '--probes', '--json');
    expect(result.code, result.stderr).toBe(0);
    const { aggregates, probes } = JSON.parse(result.stdout) as ProbeJson;
    // The variants are not cases of the run.
    expect(aggregates.cases).toBe(2);
    expect(probes.cases.map((entry) => [entry.suite, entry.id])).toEqual([
      ['evals/probes.yaml', 'refund-arrival'],
      ['evals/probes.yaml', 'wants-a-person'],
    ]);
    const variants = probes.cases.flatMap((entry) => entry.variants);
    // Every rule but clause-first (no trailing clause in these messages) changes them; each variant counted once.
    expect(probes.cases.map((entry) => entry.variants.map((variant) => variant.rule))).toEqual([
      [
        'typo-adjacent-key',
        'typo-dropped-letter',
        'lowercase',
        'uppercase',
        'polite-opening',
        'thanks-closing',
        'greeting-es',
        'greeting-fr',
      ],
      [
        'typo-adjacent-key',
        'typo-dropped-letter',
        'lowercase',
        'uppercase',
        'polite-opening',
        'thanks-closing',
        'greeting-es',
        'greeting-fr',
      ],
    ]);
    expect(probes.summary).toMatchObject({
      cases: 2,
      variants: variants.length,
      kept: variants.filter((variant) => variant.kept).length,
      intentRate: null,
    });
    expect(probes.summary.rate).toBeCloseTo(probes.summary.kept / probes.summary.variants, 10);
    expect(Object.values(probes.summary.byRule).reduce((sum, rule) => sum + rule.variants, 0)).toBe(variants.length);
    // A variant that did not keep its case says what changed, turn by turn.
    for (const variant of variants)
      if (variant.kept) expect(variant.changes).toEqual([]);
      else expect(variant.changes[0]).toMatch(/^turn \d: (intent|handoff) /);
    // The customer-written greeting keeps the handoff a person was asked for.
    const greeted = probes.cases[1]!.variants.find((variant) => variant.rule === 'greeting-es');
    expect(greeted).toMatchObject({ handoffKept: true });
    // Only the run was written to the workspace: the variants' conversations went to a scratch copy.
    expect(conversations()).toBe(before);
  }, 180_000);

  it('prints the consistency table after the run', async () => {
    const result = await cli('eval', 'run', '--probes');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /^probes: \d+\/16 variants kept the intent and handoff decision of their case \(consistency \d\.\d{4}; intent -, handoff \d\.\d{4}\)$/m,
    );
    expect(result.stdout).toMatch(/^greeting-fr +2 +\d +\d\.\d{4}$/m);
  }, 180_000);
});
