import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readEvalSuite } from '../suite/read-eval-suite.js';
import { importTickets } from './import-tickets.js';

const exportFile = fileURLToPath(new URL('./__fixtures__/bot-failure-tickets.json', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sb-import-tickets-'));

/** Every piece of personal data the fixture holds, as it is written there or in another common form. */
const personalData = [
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/, // any e-mail address
  /\d(?:[\s().+-]*\d){6,}/, // any run of 7 or more digits, however grouped: phone, card and account numbers
  /DE89|GB29/,
  /Baker Street|NW1 6XE|221B|Maple Avenue|Apt 12/i,
  /\b(?:Jane|Doe|Marta|Kowalczyk|Liam|O'Connor|Priya|Raman|Tomás|Ortega|Sam|Rivera|Ada|Lovelace)\b/iu,
];

describe('importTickets', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const out = join(dir, 'evals', 'from-tickets.yaml');

  it('writes a suite that eval run reads back, with each ticket id and near-duplicates merged', () => {
    const summary = importTickets({ exportFile, out, tag: 'bot_failure' });
    expect(summary).toMatchObject({ written: 3, tickets: 6, merged: 1, skipped: 2, out });
    const suite = readEvalSuite(out, dir);
    expect(suite.file).toBe('evals/from-tickets.yaml');
    expect(suite.cases.map((testCase) => [testCase.id, testCase.source])).toEqual([
      ['zendesk-6001', { ticketIds: ['6001'], count: 1 }],
      ['zendesk-6002', { ticketIds: ['6002', '6003'], count: 2 }],
      ['zendesk-6005', { ticketIds: ['6005'], count: 1 }],
    ]);
    expect(suite.cases[0]!.expect.neverSays).toEqual(['Refunds are processed within 24 hours']);
    expect(readdirSync(join(dir, 'evals'))).toEqual(['from-tickets.yaml']);
  });

  it('leaves no e-mail address, phone, card or account number, address or name in the file', () => {
    const text = readFileSync(out, 'utf8');
    // Article ids in links are long numbers that are not personal; everything else is scanned.
    const withoutLinks = text.replace(/https?:\/\/\S+/g, '');
    for (const pattern of personalData) expect(withoutLinks).not.toMatch(pattern);
    expect(text).not.toMatch(/jane\.doe@example\.com|utm_source/);
    // The header names every placeholder; the cases must hold each kind the fixture has.
    const cases = text.replace(/^#.*\n/gm, '');
    for (const placeholder of ['[email]', '[phone]', '[card]', '[account]', '[address]', '[name]']) expect(cases).toContain(placeholder);
  });

  it('refuses to replace an existing suite unless forced', () => {
    writeFileSync(out, '# written by hand\n');
    expect(() => importTickets({ exportFile, out, tag: 'bot_failure' })).toThrow(`${out}: the file exists; pass --force to replace it`);
    expect(readFileSync(out, 'utf8')).toBe('# written by hand\n');
    importTickets({ exportFile, out, tag: 'bot_failure', force: true });
    expect(readEvalSuite(out).cases).toHaveLength(3);
    expect(readdirSync(join(dir, 'evals'))).toEqual(['from-tickets.yaml']);
  });

  it('names the file and the entry of a bad export, and writes nothing', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        tickets: [
          { id: 1, status: 'open', tags: ['bot_failure'] },
          { id: 2, status: 'open', comments: [{ public: 'yes' }] },
        ],
      }),
    );
    const target = join(dir, 'bad', 'out.yaml');
    expect(() => importTickets({ exportFile: bad, out: target, tag: 'bot_failure' })).toThrow(
      `${bad}: not a Zendesk tickets export: $.tickets[1].comments[0].public: expected true or false, found a string ("yes")`,
    );
    expect(() => importTickets({ exportFile: join(dir, 'missing.json'), out: target, tag: 'bot_failure' })).toThrow(
      /missing\.json: cannot read the tickets export/,
    );
    writeFileSync(bad, '{"tickets": [');
    expect(() => importTickets({ exportFile: bad, out: target, tag: 'bot_failure' })).toThrow(`${bad}: not valid JSON`);
    expect(readdirSync(dir)).not.toContain('bad');
  });

  it('says which tags the export has when none carries the one asked for', () => {
    expect(() => importTickets({ exportFile, out: join(dir, 'none.yaml'), tag: 'bot-failed' })).toThrow(
      /none of its 6 tickets is tagged bot-failed; nothing written\. Its most common tags: bot_failure \(4\), .*pass one with --tag/,
    );
  });
});
