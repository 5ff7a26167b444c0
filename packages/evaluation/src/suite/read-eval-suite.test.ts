import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isSwitchboardError } from '@switchboard/spec';
import { readEvalSuite } from './read-eval-suite.js';

const answersFile = fileURLToPath(new URL('../../../../examples/acme-help-center/evals/answers.yaml', import.meta.url));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sb-suite-'));
  mkdirSync(join(dir, 'evals'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function suite(text: string): string {
  const file = join(dir, 'evals', 'smoke.yaml');
  writeFileSync(file, text);
  return file;
}

/** The message of the error reading `text` throws, which must be DATASET_INVALID. */
function problemsOf(text: string): string[] {
  try {
    readEvalSuite(suite(text), dir);
  } catch (error) {
    expect(isSwitchboardError(error) && error.code).toBe('DATASET_INVALID');
    return (error as Error).message.split('\n');
  }
  throw new Error('the suite was read without a problem');
}

describe('readEvalSuite', () => {
  it('reads every field of a case, naming the file relative to the workspace', () => {
    const read = readEvalSuite(
      suite(`
- id: refund-window
  turns: ["I bought the annual plan last week", "Can I get my money back?"]
  customer: {customerId: c-42, plan: business, locale: de-DE}
  tags: [billing]
  expect:
    intent: refund_request
    handoff: false
    cites: [kb/billing/refunds.md]
    alsoOk: [https://help.acme.test/billing/refunds]
    says: ["30 days", "5[–-]10 business days"]
    neverSays: ["refund (is|has been) issued"]
    actions: [{tool: lookup_invoice, args: {invoice: 17}, outcome: executed}]
    noUnloggedActionClaims: true
    language: en
- id: self-harm
  turns: ["I want to end it all"]
  expect: {handoff: self_harm}
  source: {ticketIds: [4711, "4712"], count: 2}
`),
      dir,
    );
    expect(read.file).toBe('evals/smoke.yaml');
    expect(read.cases).toEqual([
      {
        id: 'refund-window',
        turns: ['I bought the annual plan last week', 'Can I get my money back?'],
        customer: { customerId: 'c-42', plan: 'business', locale: 'de-DE' },
        tags: ['billing'],
        expect: {
          intent: 'refund_request',
          handoff: false,
          cites: ['kb/billing/refunds.md'],
          alsoOk: ['https://help.acme.test/billing/refunds'],
          says: ['30 days', '5[–-]10 business days'],
          neverSays: ['refund (is|has been) issued'],
          actions: [{ tool: 'lookup_invoice', args: { invoice: 17 }, outcome: 'executed' }],
          noUnloggedActionClaims: true,
          language: 'en',
        },
      },
      {
        id: 'self-harm',
        turns: ['I want to end it all'],
        expect: { handoff: 'self_harm' },
        source: { ticketIds: ['4711', '4712'], count: 2 },
      },
    ]);
    expect(read.lineOf(1, ['expect', 'handoff'])).toBe(18);
  });

  it('reads the acme answer cases (evals/answers.yaml) as a suite as they are', () => {
    const read = readEvalSuite(answersFile);
    expect(read.cases).toHaveLength(84);
    expect(read.cases[0]).toMatchObject({
      id: 'two-factor-turn-on',
      expect: { cites: ['kb/account-security/two-factor-authentication.md'], steps: true },
    });
    expect(read.cases.every((testCase) => testCase.reference !== undefined)).toBe(true);
  });

  it('reports every problem at once, each with the file, the case number and id, the field and the line', () => {
    const problems = problemsOf(`
- id: no-turns
  expect: {handoff: true}
- id: typo
  turns: ["Where is my refund?"]
  expect:
    cite: [kb/billing/refunds.md]
- turns: ["Hello"]
  expect: {says: ["(unclosed"]}
`);
    expect(problems).toEqual([
      'evals/smoke.yaml: case 1 (id \'no-turns\'): turns is missing; it must be a list of customer messages: ["How do I …?"] (line 2)',
      expect.stringMatching(
        /^evals\/smoke\.yaml: case 2 \(id 'typo'\): expect\.cite is not a known field \(known: intent, handoff, cites, .*\) \(line 7\)$/,
      ),
      'evals/smoke.yaml: case 3: id is missing; it must be a short name such as refund-window (line 8)',
      expect.stringMatching(/^evals\/smoke\.yaml: case 3: expect\.says\[0\] is not a valid regular expression: .+ \(line 9\)$/),
    ]);
  });

  it('refuses a duplicate id, naming the case that has it first', () => {
    expect(
      problemsOf(`
- id: refund
  turns: ["a"]
  expect: {handoff: false}
- id: refund
  turns: ["b"]
  expect: {handoff: false}
`),
    ).toEqual(["evals/smoke.yaml: case 2 (id 'refund'): id 'refund' is already used by case 1 (line 5)"]);
  });

  it('refuses customer attributes an identity token does not carry, and values of the wrong kind', () => {
    expect(
      problemsOf(`
- id: vip
  turns: ["Hi"]
  customer: {customerId: c-1, favouriteColour: blue}
  expect: {handoff: 3, language: english, actions: [{args: {}}]}
`),
    ).toEqual([
      "evals/smoke.yaml: case 1 (id 'vip'): customer.favouriteColour is not a known field (known: customerId, plan, tier, locale, role, email) (line 4)",
      "evals/smoke.yaml: case 1 (id 'vip'): expect.handoff must be true, false or a handoff reason such as self_harm or customer_request (line 5)",
      "evals/smoke.yaml: case 1 (id 'vip'): expect.actions[0].tool is missing; it must be a tool name such as cancel_order (line 5)",
      "evals/smoke.yaml: case 1 (id 'vip'): expect.language must be a two-letter language code such as en or de (line 5)",
    ]);
  });

  it('refuses steps: true without numbered steps in the reference', () => {
    expect(
      problemsOf(`
- id: steps
  turns: ["How do I export?"]
  expect: {cites: [kb/data-export/export-formats.md], steps: true}
  reference: Go to Settings and click Export.
`),
    ).toEqual([
      "evals/smoke.yaml: case 1 (id 'steps'): expect.steps is true but reference has no numbered steps (lines starting 1. 2. …) (line 4)",
    ]);
  });

  it('names the file for a YAML syntax error, a file that is not a list, an empty list and a missing file', () => {
    expect(problemsOf('- id: a\n  turns: ["unclosed\n')).toEqual(['evals/smoke.yaml: Missing closing "quote (line 3)']);
    expect(problemsOf('id: a\nturns: [x]\n')[0]).toMatch(/smoke\.yaml: expected a YAML list of cases/);
    expect(problemsOf('[]\n')).toEqual(['evals/smoke.yaml: the file has no cases']);
    expect(() => readEvalSuite(join(dir, 'evals', 'missing.yaml'))).toThrow(/missing\.yaml: file not found/);
  });
});
