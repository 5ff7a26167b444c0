/**
 * Issue 20 item 6 end to end: `shadow start|status|report|stop` on a workspace, and `switchboard serve` answering every
 * customer from the serving release while the shadow run's candidate, built from its own snapshot, answers too.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@switchboard/testkit';
import { serveWorkspace } from './browser/serve-workspace.js';
import { copyAcmeExample } from './acme-example.js';

const noLlm = { SWITCHBOARD_LLM_BASE_URL: '', SWITCHBOARD_LLM_MODEL: '' };
const run = (...args: string[]) => runCli(args, { env: noLlm });
const fraud = 'Someone used my card without my permission, this is fraud';

describe('switchboard shadow (issue 20 item 6)', () => {
  let workspace = '';
  const config = () => join(workspace, 'switchboard.yaml');
  const shadow = (...args: string[]) => run('-w', workspace, 'shadow', ...args);

  beforeAll(async () => {
    workspace = copyAcmeExample('shadow-');
    expect((await run('-w', workspace, 'release', 'create', 'v1', '--force', 'test')).code).toBe(0);
    // v2 hands off to another queue: its handoff replies name Acme Billing, so they differ from production's.
    writeFileSync(config(), readFileSync(config(), 'utf8').replace('queue: Acme Support', 'queue: Acme Billing'));
    expect((await run('-w', workspace, 'release', 'create', 'v2', '--force', 'test')).code).toBe(0);
    writeFileSync(config(), readFileSync(config(), 'utf8').replace('queue: Acme Billing', 'queue: Acme Support'));
  }, 120_000);
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  it('starts a run, shadows served messages with no customer seeing them, reports as JSON and stops', async () => {
    expect(JSON.parse((await shadow('status', '--json')).stdout)).toEqual({ run: null, messages: 0 });
    const unknown = await shadow('start', 'v9');
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain("release 'v9' does not exist");
    const badPercent = await shadow('start', 'v2', '--percent', '0');
    expect(badPercent.code).not.toBe(0);
    expect(badPercent.stderr).toContain('--percent');
    const started = await shadow('start', 'v2', '--percent', '100', '--json');
    expect(started.code, started.stderr).toBe(0);
    expect(JSON.parse(started.stdout)).toMatchObject({ release: 'v2', percent: 100, state: 'running', stoppedAt: null });
    expect((await shadow('start', 'v2')).stderr).toContain('already running');

    const created = await run('-w', workspace, 'keys', 'create', '--name', 'widget', '--scope', 'widget', '--json');
    const key = (JSON.parse(created.stdout) as { key: string }).key;
    const server = await serveWorkspace(workspace, noLlm);
    const replies: { text: string; handoff: { queue: string } | null }[] = [];
    try {
      const post = async (token: string, path: string, body: unknown) =>
        (await fetch(`${server.url}${path}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }).then((response) => response.json())) as Record<string, unknown>;
      for (const [index, text] of [fraud, 'How do I reset my password?', fraud].entries()) {
        const conversation = (await post(key, '/v1/conversations', { deviceId: `device-${index}` })) as { id: string; token: string };
        replies.push(
          (await post(conversation.token, `/v1/conversations/${conversation.id}/messages`, { text })) as (typeof replies)[number],
        );
      }
    } finally {
      // A graceful stop records the shadow turns still under way before the store closes.
      await server.stop();
    }
    // The customers were handed to production's queue, never the candidate's.
    for (const reply of replies) if (reply.handoff) expect(reply.handoff.queue).toBe('Acme Support');
    expect(replies.map((reply) => reply.text).join(' ')).not.toContain('Acme Billing');

    const status = JSON.parse((await shadow('status', '--json')).stdout) as { run: { release: string; state: string }; messages: number };
    expect(status).toMatchObject({ run: { release: 'v2', state: 'running' }, messages: 3 });
    const reported = await shadow('report', '--json');
    expect(reported.code, reported.stderr).toBe(0);
    const report = JSON.parse(reported.stdout) as Record<string, unknown> & { answerOverlap: number; latency: { shadow: { p50: number } } };
    expect(report).toMatchObject({
      release: 'v2',
      percent: 100,
      state: 'running',
      messages: 3,
      errors: 0,
      compared: 3,
      intentDisagreement: { count: 0, rate: 0 },
      handoffDisagreement: { count: 0, rate: 0 },
      cost: { production: 0, shadow: 0 },
    });
    // The handoff replies name another queue; the password answer is the same.
    expect(report.answerOverlap).toBeGreaterThan(0.5);
    expect(report.answerOverlap).toBeLessThan(1);
    expect(report.latency.shadow.p50).toBeGreaterThanOrEqual(0);
    const text = await shadow('report');
    expect(text.stdout).toContain('shadow report of v2');
    expect(text.stdout).toContain('answer overlap');

    const stopped = await shadow('stop');
    expect(stopped.code, stopped.stderr).toBe(0);
    expect(stopped.stdout).toContain('stopped: shadow run of v2');
    expect((await shadow('stop')).stderr).toContain('no shadow run is running');
    expect(JSON.parse((await shadow('status', '--json')).stdout)).toMatchObject({ run: { state: 'stopped' }, messages: 3 });
  }, 120_000);

  it('explains each subcommand in --help', async () => {
    const help = await shadow('--help');
    for (const command of ['start', 'stop', 'status', 'report']) expect(help.stdout).toContain(command);
    expect((await shadow('start', '--help')).stdout).toContain('--percent');
  });
});
