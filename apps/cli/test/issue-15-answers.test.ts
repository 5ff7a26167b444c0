/**
 * The answers issue 15 names, asked as a new user would: through `switchboard ask` on the acme example and on five
 * short help articles a new user wrote (one of them an HTML page with a table). No LLM: the extractive composer answers.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@switchboard/testkit';

const acmeKb = fileURLToPath(new URL('../../../examples/acme-help-center/kb', import.meta.url));
const newUserKb = fileURLToPath(new URL('./__fixtures__/new-user-help-center/kb', import.meta.url));

interface Reply {
  text: string;
  plainText: string;
  confidence: number;
  handoff: unknown;
  citations: { path: string; section: string }[];
}

/** The CLI's output; a failed command fails the test with its message. */
async function switchboard(args: string[]): Promise<string> {
  const { stdout, stderr, code } = await runCli(args);
  if (code !== 0) throw new Error(`switchboard ${args.join(' ')} exited with ${code}: ${stderr}`);
  return stdout;
}

async function workspaceWith(kb: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'sb-answers-'));
  await switchboard(['init', dir]);
  rmSync(join(dir, 'kb'), { recursive: true, force: true });
  cpSync(kb, join(dir, 'kb'), { recursive: true });
  await switchboard(['ingest', '--workspace', dir]);
  return dir;
}

const ask = async (workspace: string, question: string): Promise<Reply> =>
  JSON.parse(await switchboard(['ask', '--workspace', workspace, question, '--json'])) as Reply;

/** The numbered lines of a Markdown answer, numbers stripped, in order. */
const steps = (text: string): string[] => [...text.matchAll(/^\d+\. (.+?)(?: \[\d+\])?$/gm)].map((match) => match[1]!);

describe('issue 15: answers a support lead would send', () => {
  const workspaces: string[] = [];
  let acme = '';
  let newUser = '';
  beforeAll(async () => {
    [acme, newUser] = await Promise.all([workspaceWith(acmeKb), workspaceWith(newUserKb)]);
    workspaces.push(acme, newUser);
  }, 120_000);
  afterAll(() => workspaces.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('turns on two-factor authentication with the end-user steps, complete and in order, from the 2FA article alone', async () => {
    const reply = await ask(acme, 'How do I turn on two-factor authentication?');
    expect(steps(reply.text)).toEqual([
      'Go to Profile > Security > Two-factor authentication.',
      'Click Set up authenticator app and scan the QR code, or click Add security key.',
      'Enter the six-digit code from your app (or touch your key) to confirm.',
      'Download or copy your 10 backup codes and store them somewhere safe.',
    ]);
    expect(reply.text).not.toContain('See Two-factor authentication');
    expect(reply.text).not.toContain('Require two-factor authentication');
    expect(reply.text).not.toMatch(/strongly recommend/);
    expect(reply.citations.map((c) => c.path)).toEqual(['kb/account-security/two-factor-authentication.md']);
  });

  it('answers bank transfer from the payment-methods article, with no line about refunds', async () => {
    const reply = await ask(acme, 'Can I pay by bank transfer?');
    expect(reply.text).toContain('invoiced bank transfers');
    expect(reply.text).not.toMatch(/refund/i);
    expect(reply.citations.map((c) => c.path)).toEqual(['kb/billing/payment-methods.md']);
  });

  it('answers team-plan seats from a current article, never the retired price list', async () => {
    const reply = await ask(acme, 'How many seats can I have on the team plan?');
    expect(reply.text).toContain('Team: 1 to 300 seats');
    expect(reply.citations.map((c) => c.path)).not.toContain('kb/plans/old-team-plan-pricing.md');
  });

  it('gives an English question no language notice', async () => {
    const reply = await ask(acme, 'Can I export my workspace as CSV?');
    expect(reply.text).not.toMatch(/only available in English/);
    expect(reply.text).toContain('A CSV export contains one folder per project');
  });

  it('answers a paraphrase ("show up on my card") from the section that says how long card refunds take', async () => {
    const reply = await ask(newUser, 'How long does a refund take to show up on my card?');
    expect(reply.handoff).toBeNull();
    expect(reply.text).toContain('Card refunds take 5–10 business days to appear on your statement.');
    expect(reply.citations).toEqual([expect.objectContaining({ path: 'kb/refunds.md', section: 'How long refunds take' })]);
  });

  it('answers express shipping to the US with its table row and the header of each value', async () => {
    const reply = await ask(newUser, 'How much does express shipping to the US cost and how long?');
    expect(reply.text).toContain('Destination: United States; Service: Express; Price: $39; Delivery time: 2–3 business days.');
    expect(reply.text).not.toContain('Standard');
    expect(reply.citations.map((c) => c.path)).toEqual(['kb/shipping.html']);
  });

  it('answers a reset email that never arrived from the article\'s "did not receive" section, not the generic steps', async () => {
    const reply = await ask(newUser, 'I forgot my password and the reset email never arrived');
    expect(reply.text).toContain('Check your spam or junk folder first.');
    expect(steps(reply.text)).toEqual([]);
    expect(reply.citations).toEqual([expect.objectContaining({ section: 'I did not receive the reset email' })]);
    expect(reply.plainText).toContain('Sources:\n[1] Resetting your password — I did not receive the reset email');
  });

  it('keeps a refund procedure as numbered steps, and declines what the articles do not cover', async () => {
    expect(steps((await ask(newUser, 'How do I get a refund?')).text)).toHaveLength(4);
    const unknown = await ask(newUser, 'Can I pay my mortgage with cryptocurrency?');
    expect(unknown.citations).toEqual([]);
    expect(unknown.text).toContain("I don't know");
  });
});
