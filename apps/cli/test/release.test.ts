/**
 * Issue 20 items 1 and 2 end to end: `release create` runs the gate and refuses a failing one unless --force with a
 * reason; list, show and diff; and `switchboard serve` answers from the serving release's snapshot, not the edited
 * file, with the release in every reply.
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@switchboard/testkit';
import { serveWorkspace } from './browser/serve-workspace.js';
import { copyAcmeExample } from './acme-example.js';

// No LLM: the extractive composer answers, whatever the environment running the tests says.
const noLlm = { SWITCHBOARD_LLM_BASE_URL: '', SWITCHBOARD_LLM_MODEL: '' };
const run = (...args: string[]) => runCli(args, { env: noLlm });

const suite = `
- id: two-factor
  turns: ["How do I turn on two-factor authentication?"]
  expect:
    cites: [kb/account-security/two-factor-authentication.md]
- id: card-fraud
  turns: ["Someone used my card without my permission, this is fraud"]
  expect:
    handoff: true
`;

// regressions needs a baseline run: the first release has none, so its gate fails.
const criteria = `
release:
  criteria:
    passRate: ">= 1"
    regressions: "== 0"
`;

interface ReleaseRow {
  name: string;
  hash: string;
  note: string | null;
  forced: string | null;
  evalRunId: string;
  knowledgeVersion: number;
  serving: boolean;
}

describe('switchboard release (issue 20)', () => {
  let workspace = '';
  const config = () => join(workspace, 'switchboard.yaml');
  const release = (...args: string[]) => run('-w', workspace, 'release', ...args);
  const json = <T>(stdout: string): T => JSON.parse(stdout) as T;

  beforeAll(() => {
    workspace = copyAcmeExample('release-');
    for (const name of readdirSync(join(workspace, 'evals'))) rmSync(join(workspace, 'evals', name));
    writeFileSync(join(workspace, 'evals', 'gate.yaml'), suite);
    writeFileSync(config(), readFileSync(config(), 'utf8').replace(/\n# Acceptance criteria[\s\S]*$/, '\n') + criteria);
  });
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  it('refuses a release whose gate fails, creates it with --force and records the reason; the first one serves', async () => {
    const refused = await release('create', 'v1');
    expect(refused.code, refused.stderr).toBe(1);
    expect(refused.stderr).toContain('release v1 not created: the gate failed');
    expect(refused.stderr).toContain('--force REASON');
    expect(json<ReleaseRow[]>((await release('list', '--json')).stdout)).toEqual([]);

    const forced = await release('create', 'v1', '--force', 'first release: no baseline run yet', '--note', 'launch', '--json');
    expect(forced.code, forced.stderr).toBe(0);
    const created = json<ReleaseRow & { gatePassed: boolean }>(forced.stdout);
    expect(created).toMatchObject({
      name: 'v1',
      forced: 'first release: no baseline run yet',
      note: 'launch',
      serving: true,
      gatePassed: false,
    });
    expect(created.hash).toMatch(/^[0-9a-f]{64}$/);

    const duplicate = await release('create', 'v1', '--force', 'again');
    expect(duplicate.code).toBe(64);
    expect(duplicate.stderr).toContain("a release named 'v1' already exists");
  });

  it('gates the next release against the serving one’s run, and lists, shows and diffs them', async () => {
    writeFileSync(config(), readFileSync(config(), 'utf8').replace('queue: Acme Support', 'queue: Acme Billing'));
    const passed = await release('create', 'v2', '--note', 'billing queue', '--json');
    expect(passed.code, passed.stderr).toBe(0);
    expect(json<ReleaseRow & { gatePassed: boolean }>(passed.stdout)).toMatchObject({
      name: 'v2',
      forced: null,
      serving: false,
      gatePassed: true,
    });

    const rows = json<ReleaseRow[]>((await release('list', '--json')).stdout);
    expect(rows.map((row) => [row.name, row.serving, row.forced])).toEqual([
      ['v1', true, 'first release: no baseline run yet'],
      ['v2', false, null],
    ]);
    expect(rows[0]!.hash).not.toBe(rows[1]!.hash);

    const shown = json<{
      name: string;
      hash: string;
      serving: boolean;
      snapshot: { config: Record<string, { queue?: string }>; evalRunId: string; knowledgeVersion: number };
    }>((await release('show', 'v2', '--json')).stdout);
    expect(shown).toMatchObject({ name: 'v2', hash: rows[1]!.hash, serving: false, snapshot: { evalRunId: rows[1]!.evalRunId } });
    expect(shown.snapshot.config['handoff']?.queue).toBe('Acme Billing');
    expect(Object.keys(shown.snapshot.config).sort()).toEqual([
      'adapters',
      'answer',
      'guardrails',
      'handoff',
      'language',
      'llm',
      'personas',
      'retrieval',
      'safety',
    ]);
    expect(shown.snapshot.knowledgeVersion).toBeGreaterThan(0);

    const diff = json<{ from: string; to: string; changes: { path: string; change: string; before?: unknown; after?: unknown }[] }>(
      (await release('diff', 'v1', 'v2', '--json')).stdout,
    );
    expect(diff.changes).toEqual([
      { path: 'config.handoff.queue', change: 'changed', before: 'Acme Support', after: 'Acme Billing' },
      { path: 'evalRunId', change: 'changed', before: rows[0]!.evalRunId, after: rows[1]!.evalRunId },
    ]);
    const text = await release('diff', 'v1', 'v2');
    expect(text.stdout).toContain('~ config.handoff.queue: "Acme Support" -> "Acme Billing"');
    expect((await release('show', 'v9')).code).toBe(1);
  });

  it('serves the serving release, not the edited file, warns about the difference, and names the release in each reply', async () => {
    const created = await run('-w', workspace, 'keys', 'create', '--name', 'widget', '--scope', 'widget', '--json');
    const key = json<{ key: string }>(created.stdout).key;
    const ask = async (url: string) => {
      const post = async (token: string, path: string, body?: unknown) =>
        (await fetch(`${url}${path}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
          ...(body ? { body: JSON.stringify(body) } : {}),
        }).then((response) => response.json())) as Record<string, unknown>;
      const conversation = (await post(key, '/v1/conversations', { deviceId: 'device-1' })) as { id: string; token: string };
      return post(conversation.token, `/v1/conversations/${conversation.id}/messages`, {
        text: 'Someone used my card without my permission, this is fraud',
      });
    };

    // The file says Acme Billing (v2); v1 serves, and v1's queue is Acme Support.
    const first = await serveWorkspace(workspace, noLlm);
    try {
      expect(first.output()).toContain('switchboard.yaml differs from release v1; run `switchboard release create` to ship it');
      expect(await ask(first.url)).toMatchObject({ release: 'v1', arm: 'baseline', handoff: { queue: 'Acme Support' } });
    } finally {
      await first.stop();
    }

    const served = await release('serve', 'v2');
    expect(served.code, served.stderr).toBe(0);
    expect(served.stdout).toContain('v2 is the serving release (was v1)');
    const second = await serveWorkspace(workspace, noLlm);
    try {
      expect(second.output()).not.toContain('differs from release');
      expect(await ask(second.url)).toMatchObject({ release: 'v2', arm: 'baseline', handoff: { queue: 'Acme Billing' } });
    } finally {
      await second.stop();
    }
  });
});
