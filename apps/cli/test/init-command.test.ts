/** `switchboard init` (issue 16): the workspace takes its folder's name, and the output says what was written and what next. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '@switchboard/config';
import { runCli } from '@switchboard/testkit';

const parent = mkdtempSync(join(tmpdir(), 'sb-init-'));

async function init(args: readonly string[], cwd = parent) {
  const { stdout, stderr, code } = await runCli(['init', ...args], { cwd });
  if (code !== 0) throw new Error(`switchboard init exited with ${code}: ${stderr}`);
  return stdout;
}
const workspaceName = (dir: string): string => parseConfig(readFileSync(join(dir, 'switchboard.yaml'), 'utf8'), 'x.yaml').workspace.name;

describe('switchboard init', () => {
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('names the workspace after its folder and lists every file and folder it wrote, the welcome article included', async () => {
    const stdout = await init(['acme-support']);
    const dir = join(parent, 'acme-support');
    expect(workspaceName(dir)).toBe('acme-support');
    expect(stdout).toContain(`Created workspace "acme-support" in ${dir}:`);
    for (const written of ['switchboard.yaml', 'kb/', 'kb/welcome.md', 'data/']) expect(stdout).toMatch(new RegExp(`^  ${written} `, 'm'));
    expect(stdout).toMatch(/kb\/welcome\.md .*`ingest` indexes it/);
    expect(existsSync(join(dir, 'kb', 'welcome.md'))).toBe(true);
  });

  it('prints the next three commands, after a cd when the workspace is not the current folder', async () => {
    const stdout = await init(['new-folder']);
    const next = stdout.split('Next:\n')[1]!.trimEnd().split('\n');
    expect(next.map((line) => line.split('#')[0]!.trim())).toEqual([
      'cd new-folder',
      'npx switchboard ingest',
      'npx switchboard ask "how do I write good articles?"',
      'npx switchboard serve',
    ]);
    const here = join(parent, 'here');
    mkdirSync(here);
    expect(await init([], here)).not.toContain('cd ');
    expect(workspaceName(here)).toBe('here');
  });

  it('takes --name, quoting it in the YAML when it needs quotes', async () => {
    await init(['named', '--name', 'Acme: Support']);
    expect(workspaceName(join(parent, 'named'))).toBe('Acme: Support');
    await init(['yes']);
    expect(workspaceName(join(parent, 'yes'))).toBe('yes');
  });

  it('keeps an existing welcome article and says it overwrote the config with --force', async () => {
    const stdout = await init(['acme-support', '--force']);
    expect(stdout).toMatch(/^ {2}switchboard\.yaml +overwritten: /m);
    expect(stdout).not.toContain('kb/welcome.md');
  });
});
