import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createSlackExportReader } from './slack-export-reader.js';

const channels = new URL('../__fixtures__/slack-export/channels.json', import.meta.url);
const read = (options: Parameters<typeof createSlackExportReader>[0]) =>
  createSlackExportReader({ now: () => new Date('2024-06-01T00:00:00Z'), ...options }).readMany!({
    path: 'kb/slack-export',
    bytes: readFileSync(channels),
    absolutePath: fileURLToPath(channels),
  });

describe('slackExportReader', () => {
  it('makes one document per thread marked answered by the reaction or a pin, with question, answer, channel and date', async () => {
    const entries = await read({});
    expect(entries.map((entry) => entry.key)).toEqual(['support/1714552000.000200', 'support/1714640000.000100']);
    expect(entries[0]!.document).toMatchObject({
      title: '#support: How do I rotate the API key for the billing webhook?',
      tags: ['slack', 'support'],
      metadata: { markedBy: 'reaction' },
    });
    expect(entries[0]!.document.parts[0]!.markdown).toBe(
      [
        'Asked in #support on 2024-05-01 by pat.',
        '## Question',
        'How do I rotate the API key for the billing webhook?',
        '## Answer',
        'Kim Ops: Go to Settings > Webhooks, click *Rotate*, then update the secret in the vault (https://vault.acme.example/billing). Ping @pat when done.',
      ].join('\n\n'),
    );
    expect(entries[1]!.document.metadata).toMatchObject({ markedBy: 'pin' });
  });

  it('leaves out unmarked threads, loose messages and threads older than the age limit', async () => {
    const text = JSON.stringify(await read({}));
    expect(text).not.toContain('Zephyr');
    expect(text).not.toContain('Lunch');
    expect(text).not.toContain('Nimbus');
    expect(JSON.stringify(await read({ maxAgeDays: 5000 }))).toContain('Nimbus');
  });

  it('uses the configured reaction', async () => {
    expect(await read({ answerReaction: 'heavy_check_mark' })).toHaveLength(1);
  });
});
