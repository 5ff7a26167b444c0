/** `switchboard eval import-tickets` (issue 19, item 4) end to end: a Zendesk export in, a redacted suite out. */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@switchboard/testkit';
import { ingestFixtures } from './ingest-test-helpers.js';

const ticketsExport = fileURLToPath(
  new URL('../../../packages/evaluation/src/tickets/__fixtures__/bot-failure-tickets.json', import.meta.url),
);

describe('switchboard eval import-tickets', () => {
  let dir: string;
  let suite: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sb-import-tickets-cli-'));
    expect((await runCli(['init', dir])).code).toBe(0);
    // The help center holds the refund article ticket 6001 links, not the lost-parcel one ticket 6003 links.
    mkdirSync(join(dir, 'kb', 'zendesk'));
    copyFileSync(join(ingestFixtures, 'zendesk', 'help-center.json'), join(dir, 'kb', 'zendesk', 'help-center.json'));
    expect((await runCli(['-w', dir, 'ingest'])).code).toBe(0);
    suite = join(dir, 'evals', 'from-tickets.yaml');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes evals/from-tickets.yaml in the workspace and prints the summary as JSON', async () => {
    const { stdout, stderr, code } = await runCli(['-w', dir, 'eval', 'import-tickets', ticketsExport, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ written: 3, tickets: 6, merged: 1, skipped: 2, out: suite });
    expect(stderr).toContain('ticket 6006 skipped: no public customer text before the first agent reply');
    expect(stderr).toContain(
      'ticket 6003: the linked article https://acme.zendesk.com/hc/de/articles/360004444444-Verlorene-Pakete is not in the workspace',
    );
    const text = readFileSync(suite, 'utf8');
    expect(text).toContain('https://acme.zendesk.com/hc/en-us/articles/360003333333-Refund-timing');
    for (const id of ['6001', '6002', '6003', '6005']) expect(text).toContain(`- "${id}"`);
    expect(text).toMatch(/ticketIds:\n\s+- "6002"\n\s+- "6003"\n\s+count: 2/);
    const withoutLinks = text.replace(/https?:\/\/\S+/g, '');
    expect(withoutLinks).not.toMatch(/@|\d(?:[\s().+-]*\d){6,}|\b(?:Jane|Doe|Marta|Liam|Tomás|Sam|Ada)\b/u);
  });

  it('refuses to overwrite the suite without --force, then replaces it with --force', async () => {
    writeFileSync(suite, '# reviewed by hand\n');
    const refused = await runCli(['-w', dir, 'eval', 'import-tickets', ticketsExport]);
    expect(refused.code).toBe(64);
    expect(refused.stderr).toContain(`${suite}: the file exists; pass --force to replace it`);
    expect(readFileSync(suite, 'utf8')).toBe('# reviewed by hand\n');
    const forced = await runCli(['eval', 'import-tickets', ticketsExport, '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toBe(
      "wrote evals/from-tickets.yaml: 3 case(s) from the tickets tagged bot_failure, 1 merged into a near-duplicate's case; 2 of 6 tickets skipped\n",
    );
    expect(readFileSync(suite, 'utf8')).toContain('- id: zendesk-6001');
  });

  it('writes where --out says, with another --tag', async () => {
    const out = join(dir, 'evals', 'shipping.yaml');
    const { stdout, code } = await runCli([
      '-w',
      dir,
      'eval',
      'import-tickets',
      ticketsExport,
      '--tag',
      'shipping',
      '--out',
      out,
      '--json',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ written: 1, tickets: 6, merged: 0, skipped: 5, out });
    expect(readFileSync(out, 'utf8')).toContain('- id: zendesk-6002');
  });

  it("reads the comments of the users given with --bot-user as the bot's", async () => {
    const file = join(dir, 'integration-export.json');
    const comments = [
      { author_id: 1, public: true, body: 'Is delivery free to Norway?' },
      { author_id: 2, public: true, body: 'Delivery to Norway is free on every order.' },
      { author_id: 1, public: true, body: 'That is not correct, I paid 9 EUR.' },
    ];
    const users = [{ id: 2, name: 'Integration', role: 'agent' }];
    writeFileSync(file, JSON.stringify({ tickets: [{ id: 7, status: 'open', requester_id: 1, tags: ['bot_failure'], comments }], users }));
    const read = async (...extra: string[]) => {
      const out = join(dir, 'evals', `integration-${extra.length}.yaml`);
      expect((await runCli(['-w', dir, 'eval', 'import-tickets', file, '--out', out, ...extra])).code).toBe(0);
      // Without the header comment, which names every kind of expectation.
      return readFileSync(out, 'utf8').replace(/^#.*\n/gm, '');
    };
    // Without it, user 2 is an agent who replied: the customer's one turn, and a handoff.
    expect(await read()).toContain('handoff: true');
    const asBot = await read('--bot-user', '5, 2');
    expect(asBot).not.toContain('handoff: true');
    expect(asBot).toMatch(
      /turns:\n\s+- Is delivery free to Norway\?\n\s+- That is not correct, I paid 9 EUR\.\n\s+expect:\n\s+neverSays:\n\s+- Norway is free on every order\n/,
    );
  });

  it('names the file and the entry of a bad export and writes nothing', async () => {
    const bad = join(dir, 'bad-export.json');
    writeFileSync(bad, JSON.stringify({ tickets: [{ id: 1, status: 'open', tags: 'bot_failure' }] }));
    const out = join(dir, 'evals', 'bad.yaml');
    const { stderr, code } = await runCli(['-w', dir, 'eval', 'import-tickets', bad, '--out', out]);
    expect(code).toBe(65);
    expect(stderr).toBe(
      `switchboard: ${bad}: not a Zendesk tickets export: $.tickets[0].tags: expected an array, found a string ("bot_failure")\n`,
    );
    expect(existsSync(out)).toBe(false);
  });
});
