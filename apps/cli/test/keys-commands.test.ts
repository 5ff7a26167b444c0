import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@switchboard/testkit';

describe('switchboard keys (issue 18)', () => {
  let workspace: string;

  beforeAll(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'sb-keys-'));
    expect((await runCli(['init', workspace])).code).toBe(0);
  });
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  const keys = (...args: string[]) => runCli(['-w', workspace, 'keys', ...args]);

  it('prints help for keys and each of its commands', async () => {
    for (const command of [[], ['create'], ['list'], ['revoke']]) {
      const { stdout, code } = await keys(...command, '--help');
      expect(code).toBe(0);
      expect(stdout).toContain('Usage: switchboard keys');
    }
  });

  it('creates a key, prints {name, scope, key} once, and stores only a hash of it in the SQLite file', async () => {
    const created = await keys('create', '--name', 'console', '--scope', 'agent', '--json');
    expect(created.code).toBe(0);
    const body = JSON.parse(created.stdout) as { name: string; scope: string; key: string };
    expect(Object.keys(body)).toEqual(['name', 'scope', 'key']);
    expect(body).toMatchObject({ name: 'console', scope: 'agent' });
    expect(body.key).toMatch(/^sb_agent_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    const plain = await keys('create', '--name', 'site', '--scope', 'widget');
    expect(plain.code).toBe(0);
    const widgetKey = /^sb_widget_\S+$/m.exec(plain.stdout)?.[0];
    expect(widgetKey).toBeDefined();
    expect(plain.stdout.split(widgetKey!).length - 1).toBe(1);
    expect(plain.stdout).toMatch(/cannot be shown again/);
    const files = ['switchboard.db', 'switchboard.db-wal'].map((file) => join(workspace, 'data', file)).filter((file) => existsSync(file));
    expect(files.length).toBeGreaterThan(0);
    const bytes = files.map((file) => readFileSync(file).toString('latin1')).join('');
    expect(bytes).toContain('console');
    for (const key of [body.key, widgetKey!]) expect(bytes).not.toContain(key.slice(-43));
  });

  it('refuses a duplicate name and an unknown scope, naming the problem', async () => {
    const duplicate = await keys('create', '--name', 'console', '--scope', 'admin');
    expect(duplicate.code).toBe(64);
    expect(duplicate.stderr).toMatch(/an API key named 'console' already exists/);
    const scope = await keys('create', '--name', 'other', '--scope', 'root');
    expect(scope.code).not.toBe(0);
    expect(scope.stderr).toMatch(/admin, agent, widget/);
  });

  it('lists keys without any secret or hash, and revokes one by name', async () => {
    const listed = JSON.parse((await keys('list', '--json')).stdout) as Record<string, unknown>[];
    expect(listed.map((row) => [row['name'], row['scope'], row['revokedAt']])).toEqual([
      ['console', 'agent', null],
      ['site', 'widget', null],
    ]);
    for (const row of listed) expect(Object.keys(row).sort()).toEqual(['createdAt', 'lastUsedAt', 'name', 'revokedAt', 'scope']);
    const revoked = await keys('revoke', 'console');
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toMatch(/Revoked agent key 'console'/);
    const table = (await keys('list')).stdout;
    expect(table).toMatch(/^console\s+agent\s+\S+\s+never\s+\d{4}-/m);
    const unknown = await keys('revoke', 'nobody');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no API key named 'nobody'/);
  });
});
