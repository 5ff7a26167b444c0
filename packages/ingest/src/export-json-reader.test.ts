import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportJsonReader } from './export-json-reader.js';

const read = (name: string) =>
  exportJsonReader.readMany!({ path: `kb/${name}`, bytes: readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url)) });
const readText = (text: string) => exportJsonReader.readMany!({ path: 'kb/export.json', bytes: new TextEncoder().encode(text) });

describe('exportJsonReader', () => {
  it('reads Zendesk articles with the category > section breadcrumb, skipping drafts', async () => {
    const entries = await read('zendesk/help-center.json');
    expect(entries.map((entry) => entry.document.title)).toEqual([
      'Account > Sign-in > Reset your password',
      'Billing > Refunds > Refund timing',
    ]);
    expect(JSON.stringify(entries)).not.toContain('Platinum Orbit');
    const [reset] = entries;
    expect(reset).toMatchObject({
      key: '360001111111-en-us',
      sourceType: 'zendesk-article',
      document: {
        url: 'https://acme.zendesk.com/hc/en-us/articles/360001111111-Reset-your-password',
        updatedAt: '2024-03-02',
        tags: ['password', 'login'],
        docType: 'article',
      },
    });
    expect(reset!.document.parts[0]!.markdown).toContain('## If the e-mail never arrives\n\n1. Check the spam folder.');
    expect(reset!.document.parts[0]!.markdown).toContain('| Plan | Link valid for |\n| --- | --- |\n| Free | 1 hour |');
  });

  it('reads Confluence pages with the space > ancestors breadcrumb, macros rendered and attachments skipped', async () => {
    const entries = await read('confluence/pages.json');
    expect(entries).toHaveLength(1);
    const [page] = entries;
    expect(page).toMatchObject({
      key: '65601',
      sourceType: 'confluence',
      document: {
        title: 'IT Help > IT Help Home > Remote work > VPN setup',
        url: 'https://acme.atlassian.net/wiki/spaces/IT/pages/65601/VPN+setup',
        updatedAt: '2024-03-18',
        tags: ['vpn'],
        metadata: { attachmentsSkipped: 1, attachmentsSkippedInFile: 2 },
      },
    });
    expect(page!.document.parts[0]!.markdown).toBe(
      [
        'Install the client, then import the profile.',
        'Warning: Never share the profile file.',
        '```bash\nvpnctl import acme.ovpn && vpnctl up\n```',
        'Info: The tunnel drops after 12 hours.',
        'Note: Linux needs the kernel module.',
        'Troubleshooting: Error 809 means port 500 is blocked.',
        '| Office | Gateway |\n| --- | --- |\n| Berlin | vpn-ber.acme.example |\n| Austin | vpn-aus.acme.example |',
        'See the remote work policy.',
      ].join('\n\n'),
    );
  });

  it('reads a single Confluence page object', async () => {
    const [page] = await readText(JSON.stringify({ id: 7, type: 'page', title: 'Solo', body: { storage: { value: '<p>Hi</p>' } } }));
    expect(page).toMatchObject({ key: '7', document: { title: 'Solo', url: null, parts: [{ markdown: 'Hi', page: null }] } });
  });

  it('names the file and the JSON path of the first mismatch', async () => {
    expect(() => read('bad/wrong-shape.json')).toThrow(
      'kb/bad/wrong-shape.json: not a Zendesk Help Center export: $.articles[0].title: expected a string, found a number (42)',
    );
    expect(() => readText('{"tickets": {"id": 1}}')).toThrow(
      'kb/export.json: not a Zendesk tickets export: $.tickets: expected an array, found an object',
    );
    expect(() => read('bad/unknown.json')).toThrow(/^kb\/bad\/unknown\.json: not a recognised export at \$/);
    expect(() => readText('{"articles": [}')).toThrow(/^kb\/export\.json: not valid JSON/);
  });
});
