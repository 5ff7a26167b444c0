import { describe, expect, it } from 'vitest';
import { SwitchboardError } from '@switchboard/spec';
import { parseConfig } from './load-config.js';

function problemsOf(text: string): { field: string; line: number | null; message: string }[] {
  try {
    parseConfig(text, 'switchboard.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(SwitchboardError);
    return (error as SwitchboardError).details['problems'] as { field: string; line: number | null; message: string }[];
  }
  throw new Error('expected the config to be rejected');
}

describe('sources in switchboard.yaml', () => {
  it('keeps a source without a type valid as a folder', () => {
    expect(parseConfig('sources:\n  - name: kb\n    path: kb\n', 'x.yaml').sources).toEqual([{ name: 'kb', type: 'folder', path: 'kb' }]);
  });

  it('accepts Zendesk, Confluence and Slack sources with their options', () => {
    const config = parseConfig(
      [
        'sources:',
        '  - { name: hc, type: zendesk, subdomain: acme, email: bot@acme.com, tokenEnv: ZENDESK_API_TOKEN, locale: en-us }',
        '  - { name: hc-export, type: zendesk, path: exports/help-center.json }',
        '  - { name: wiki, type: confluence, baseUrl: "https://acme.atlassian.net/wiki", spaceKey: SUP, tokenEnv: CONFLUENCE_TOKEN }',
        '  - { name: chat, type: slack, path: slack-export, answeredReaction: heavy_check_mark, maxAgeDays: 90 }',
      ].join('\n'),
      'x.yaml',
    );
    expect(config.sources.map((source) => source.type)).toEqual(['zendesk', 'zendesk', 'confluence', 'slack']);
    expect(config.sources[0]).toMatchObject({ subdomain: 'acme', tokenEnv: 'ZENDESK_API_TOKEN' });
    expect(config.sources[3]).toMatchObject({ answeredReaction: 'heavy_check_mark', maxAgeDays: 90 });
  });

  it('refuses a secret written in place of an environment variable name, and secret keys', () => {
    const problems = problemsOf(
      'sources:\n  - name: hc\n    type: zendesk\n    subdomain: acme\n    tokenEnv: 9fQx2kLm7TzA\n  - name: wiki\n    type: confluence\n    baseUrl: https://x.atlassian.net/wiki\n    spaceKey: A\n    token: abc\n',
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'sources.0.tokenEnv', line: 5, message: expect.stringMatching(/name an environment variable/) }),
        expect.objectContaining({ field: 'sources.1', message: expect.stringMatching(/token/) }),
      ]),
    );
  });

  it('names a repeated source name', () => {
    const problems = problemsOf('sources:\n  - { name: a, path: kb }\n  - { name: a, type: slack, path: export }\n');
    expect(problems).toEqual([
      expect.objectContaining({ field: 'sources.1.name', line: 3, message: "another source is already named 'a'" }),
    ]);
  });

  it('names the missing or conflicting location and an unknown type', () => {
    const problems = problemsOf(
      [
        'sources:',
        '  - { name: a, type: zendesk }',
        '  - { name: b, type: confluence, path: x.json, baseUrl: "https://x.atlassian.net/wiki", spaceKey: A }',
        '  - { name: c, type: dropbox, path: x }',
      ].join('\n'),
    );
    expect(problems.map((problem) => [problem.field, problem.line])).toEqual(
      expect.arrayContaining([
        ['sources.0', 2],
        ['sources.1', 3],
        ['sources.2.type', 4],
      ]),
    );
    expect(problems.find((problem) => problem.field === 'sources.0')?.message).toMatch(/either path .* or subdomain\/baseUrl/);
    expect(problems.find((problem) => problem.field === 'sources.2.type')?.message).toMatch(
      /'folder' \| 'slack' \| 'zendesk' \| 'confluence'/,
    );
  });
});
