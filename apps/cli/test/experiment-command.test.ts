/**
 * Issue 20 item 5 end to end: `experiment create` validates the releases and prints the plan, `experiment status
 * --json` analyses the conversations each release answered: the effect, its always-valid interval and p-value, CUPED,
 * the SRM check and segments; `experiment list` shows the one served and `experiment stop` ends it once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SwitchboardEvent } from '@switchboard/spec';
import { runCli } from '@switchboard/testkit';
import { openWorkspace, type Workspace } from '../src/workspace.js';

interface Comparison {
  difference: number;
  interval: { lower: number; upper: number };
  alwaysValidInterval: { lower: number; upper: number };
  alwaysValidPValue: number;
}
interface Status {
  verdict: string;
  assignedBy: string;
  arms: { name: string; units: number; mean: number | null }[];
  unadjusted: Comparison | null;
  adjusted: Comparison | null;
  srm: { mismatch: boolean };
  cuped: { unitsWithPrePeriod: number };
  segments: { intent: { segment: string; units: number }[] };
}

describe('switchboard experiment (issue 20)', () => {
  let dir = '';
  let workspace: Workspace;
  const experiment = (...args: string[]) => runCli(['-w', dir, 'experiment', ...args]);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sb-experiment-'));
    expect((await runCli(['init', dir])).code).toBe(0);
    workspace = openWorkspace(dir);
    // `release create` runs the eval gate over the knowledge (apps/cli/test/release.test.ts covers it); an experiment
    // needs only that its releases exist, so two are stored directly.
    for (const name of ['v1', 'v2'])
      await workspace.stores.releases.create({
        name,
        hash: name.repeat(32),
        createdAt: new Date().toISOString(),
        note: null,
        forced: 'test',
        snapshot: { config: {}, files: {}, knowledgeVersion: 0, evalRunId: 'run' },
      });
  });
  afterAll(() => {
    workspace?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses an unknown release, and two arms on one release without --aa', async () => {
    const unknown = await experiment('create', 'x', '--arms', 'A=v1,B=v9', '--metric', 'escalation');
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain("no release named 'v9'");
    const same = await experiment('create', 'x', '--arms', 'A=v1,B=v1', '--metric', 'escalation');
    expect(same.code).not.toBe(0);
    expect(same.stderr).toContain('--aa');
    const aa = await experiment('create', 'sanity', '--arms', 'A=v1,B=v1', '--metric', 'csat', '--aa');
    expect(aa.code, aa.stderr).toBe(0);
    expect(aa.stdout).toContain('(A/A)');
  });

  it('prints the plan, says there is too little traffic, and reads the effect of the candidate release', async () => {
    const created = await experiment('create', 'tone', '--arms', 'A=v1,B=v2', '--metric', 'escalation', '--mde', '0.05', '--json');
    expect(created.code, created.stderr).toBe(0);
    const { experiment: stored, plan } = JSON.parse(created.stdout) as {
      experiment: { createdAt: string; salt: string };
      plan: { baseline: unknown; assumed: string; perArm: number; days: number | null };
    };
    expect(plan).toMatchObject({ baseline: null, perArm: 1565, days: null });
    expect(plan.assumed).toContain('50%');
    const text = await experiment('create', 'tone-2', '--arms', 'A=v1,B=v2', '--metric', 'resolution');
    expect(text.stdout).toContain('too little traffic');

    // The server answers from one serving release until staged rollouts (item 3) serve two, so the conversations
    // each release answered are appended as the conversation service records them: a reply naming its release, and
    // a handoff for the escalated ones. Each customer also had one conversation before the experiment (CUPED).
    const start = Date.parse(stored.createdAt);
    let seq = 0;
    const append = async (conversationId: string, at: number, type: string, data: Record<string, unknown>): Promise<void> =>
      workspace.stores.events.append({ id: `e${++seq}`, type, conversationId, at: new Date(at).toISOString(), data } as SwitchboardEvent);
    for (let i = 0; i < 200; i++) {
      const release = i % 2 === 0 ? 'v1' : 'v2';
      // v1 escalates i % 10 = 0 of 0, 2, 4, 6, 8 (20%); v2 i % 10 = 1, 3 or 5 of 1, 3, 5, 7, 9 (60%).
      const escalated = release === 'v1' ? i % 10 === 0 : i % 10 < 7;
      for (const [suffix, at, served, handoff] of [
        ['pre', start - 86_400_000, 'v1', Math.floor(i / 2) % 2 === 0],
        ['exp', start + 1, release, escalated],
      ] as const) {
        const id = `c${i}-${suffix}`;
        await append(id, at, 'conversation.created', { identity: { customerId: `u${i}` } });
        await append(id, at, 'message.received', { text: 'where is my order?' });
        await append(id, at, 'message.answered', {
          release: served,
          arm: 'baseline',
          intent: { label: i % 3 === 0 ? 'billing' : 'shipping', outOfScope: false },
          language: 'en',
        });
        if (handoff) await append(id, at, 'handoff.created', { reason: 'customer_request' });
      }
    }

    const result = await experiment('status', 'tone', '--json');
    expect(result.code, result.stderr).toBe(0);
    const status = JSON.parse(result.stdout) as Status;
    expect(status.assignedBy).toBe('release');
    expect(status.arms.map((arm) => [arm.name, arm.units, Number(arm.mean?.toFixed(10))])).toEqual([
      ['A', 100, 0.2],
      ['B', 100, 0.6],
    ]);
    expect(status.unadjusted?.difference).toBeCloseTo(0.4, 10);
    expect(status.adjusted?.alwaysValidInterval.lower).toBeGreaterThan(0);
    expect(status.adjusted?.alwaysValidPValue).toBeLessThan(0.05);
    expect(status.cuped.unitsWithPrePeriod).toBe(200);
    expect(status.srm.mismatch).toBe(false);
    expect(status.verdict).toBe('significant');
    expect(status.segments.intent.map((segment) => segment.segment).sort()).toEqual(['billing', 'shipping']);

    const printed = await experiment('status', 'tone');
    expect(printed.stdout).toContain('verdict: significant');
    expect(printed.stdout).toContain('by the release that answered them');
  });

  it('refuses an arm named like the replies outside an experiment', async () => {
    const reserved = await experiment('create', 'x', '--arms', 'baseline=v1,B=v2', '--metric', 'escalation');
    expect(reserved.code).not.toBe(0);
    expect(reserved.stderr).toContain("'baseline' is reserved");
  });

  it('lists the experiments with the one served, and stops one once, recording who and why', async () => {
    const listed = await experiment('list', '--json');
    expect(listed.code, listed.stderr).toBe(0);
    const list = JSON.parse(listed.stdout) as { experiments: { name: string; state: string }[]; served: string | null };
    // The oldest running experiment is the one served.
    expect(list.experiments.map((item) => [item.name, item.state])).toEqual([
      ['sanity', 'running'],
      ['tone', 'running'],
      ['tone-2', 'running'],
    ]);
    expect(list.served).toBe('sanity');
    expect((await experiment('list')).stdout).toContain('running, served');

    const stopped = await experiment('stop', 'sanity', '--reason', 'set-up checked', '--json');
    expect(stopped.code, stopped.stderr).toBe(0);
    const { experiment: done } = JSON.parse(stopped.stdout) as { experiment: { state: string; stoppedAt: string } };
    expect(done.state).toBe('stopped');
    const audit = await workspace.stores.events.list({ type: 'experiment.stopped' });
    expect(audit.map((event) => event.data)).toEqual([
      { experiment: 'sanity', by: expect.stringMatching(/^cli:/), reason: 'set-up checked', createdAt: expect.any(String) },
    ]);
    expect(audit[0]?.at).toBe(done.stoppedAt);
    expect((JSON.parse((await experiment('list', '--json')).stdout) as { served: string }).served).toBe('tone');

    const again = await experiment('stop', 'sanity');
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('stopped already');
    const unknown = await experiment('stop', 'nope');
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain("no experiment named 'nope'");
    expect((await experiment('status', 'sanity')).stdout).toContain(`stopped at ${done.stoppedAt}`);
    expect((await experiment('stop', '--help')).stdout).toContain('--reason');
  });
});
