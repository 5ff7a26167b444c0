/** `switchboard simulate traffic` end to end through the built CLI (issue 20 item 8). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '@switchboard/testkit';

const dir = mkdtempSync(join(tmpdir(), 'sb-traffic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = (...args: string[]) => runCli(['simulate', 'traffic', ...args], { cwd: dir });
const small = ['--conversations', '200', '--runs', '2', '--stages', '50,100', '--min-conversations', '20', '--min-hours', '1'];

describe('switchboard simulate traffic', () => {
  it('prints the runs and the rollback rate as JSON, rolling back a harmful candidate at its first stage', async () => {
    const result = await run(...small, '--effect', 'candidate:csat=-2', '--effect', 'candidate:escalation=+0.4', '--seed', '3', '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as {
      settings: { conversations: number; alpha: number; effects: unknown[] };
      runs: { outcome: string; percent: number; guardrail: string | null }[];
      summary: { runs: number; rolledBack: number; rollbackRate: number; interval: { lower: number; upper: number } };
    };
    expect(output.settings).toMatchObject({ conversations: 200, alpha: 0.05 });
    expect(output.settings.effects).toEqual([
      { arm: 'candidate', metric: 'csat', delta: -2 },
      { arm: 'candidate', metric: 'escalation', delta: 0.4 },
    ]);
    expect(output.summary).toMatchObject({ runs: 2, rolledBack: 2, rollbackRate: 1 });
    for (const simulated of output.runs) expect(simulated).toMatchObject({ outcome: 'rolled_back', percent: 50 });
  });

  it('reports an A/A false-rollback rate in its table', async () => {
    const result = await run(...small, '--seed', '3');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/false-rollback rate \(A\/A\): 0\/2 = 0\.0%/);
    expect(result.stdout).toContain('outcome');
  });

  it('refuses an unknown metric with exit code and a message naming the flag', async () => {
    const result = await run('--conversations', '10', '--effect', 'candidate:nps=-1');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("--effect 'candidate:nps=-1'");
  });
});
