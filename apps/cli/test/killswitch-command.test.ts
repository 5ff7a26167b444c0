/**
 * Issue 20 item 4, done when: `switchboard killswitch on` in another process takes effect on a running server without
 * a restart — its next messages are handed to a person — and `killswitch off` lets it answer again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, type RunningServer } from '@switchboard/server';
import { runCli } from '@switchboard/testkit';
import { startWorkspaceServer } from '../src/commands/serve-command.js';
import { openWorkspace, type Workspace } from '../src/workspace.js';

interface Reply {
  readonly text: string;
  readonly handoff: { readonly reason: string; readonly status?: string } | null;
}

describe('switchboard killswitch (issue 20)', () => {
  let dir: string;
  let workspace: Workspace;
  let server: RunningServer;
  let authorization: { authorization: string };
  const killswitch = (...args: string[]) => runCli(['-w', dir, 'killswitch', ...args]);

  /** One message in a new conversation on the running server. */
  async function ask(text: string): Promise<Reply> {
    const conversation = (await (await fetch(`${server.url}/v1/conversations`, { method: 'POST', headers: authorization })).json()) as {
      id: string;
    };
    const response = await fetch(`${server.url}/v1/conversations/${conversation.id}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authorization },
      body: JSON.stringify({ text }),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as Reply;
  }
  /** Asks until `done` holds; a generous bound, never a wall-clock assertion. */
  async function askUntil(done: (reply: Reply) => boolean): Promise<Reply> {
    let reply = await ask('How do I reset my password?');
    for (let tries = 0; !done(reply) && tries < 100; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      reply = await ask('How do I reset my password?');
    }
    return reply;
  }
  const killed = (reply: Reply) => reply.handoff?.reason === 'kill_switch';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sb-killswitch-'));
    expect((await runCli(['init', dir])).code).toBe(0);
    workspace = openWorkspace(dir);
    const { key } = await createApiKey(workspace.stores.apiKeys, { name: 'test', scope: 'admin', createdAt: new Date().toISOString() });
    authorization = { authorization: `Bearer ${key}` };
    server = await startWorkspaceServer(workspace, { host: '127.0.0.1', port: 0, logLevel: 'silent' });
  });
  afterAll(async () => {
    await server?.close();
    workspace?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('turns the running server to handoffs from another process, reports who and why, and turns it back', async () => {
    expect(JSON.parse((await killswitch('status', '--json')).stdout)).toEqual({ on: false, reason: null, by: null, at: null });
    expect(killed(await ask('How do I reset my password?'))).toBe(false);

    const on = await killswitch('on', '--reason', 'wrong refund answers');
    expect(on.code).toBe(0);
    expect(on.stdout).toMatch(/kill switch: ON since .*, by cli:\S+: wrong refund answers/);
    const status = JSON.parse((await killswitch('status', '--json')).stdout) as Record<string, unknown>;
    expect(status).toMatchObject({ on: true, reason: 'wrong refund answers', by: expect.stringMatching(/^cli:/) });

    const handedOff = await askUntil(killed);
    expect(handedOff.handoff).toMatchObject({ reason: 'kill_switch', status: 'open' });
    expect(handedOff.text).toContain('Our assistant is paused right now');
    expect((await (await fetch(`${server.url}/v1/killswitch`, { headers: authorization })).json()) as unknown).toEqual(status);

    expect((await killswitch('off')).code).toBe(0);
    expect(killed(await askUntil((reply) => !killed(reply)))).toBe(false);
    const audit = await workspace.stores.events.list({ type: 'killswitch.changed' });
    expect(audit.map((event) => [event.data['on'], event.data['reason']])).toEqual([
      [true, 'wrong refund answers'],
      [false, null],
    ]);
  });

  it('prints help for killswitch and each of its commands', async () => {
    for (const command of [[], ['on'], ['off'], ['status']]) {
      const { stdout, code } = await killswitch(...command, '--help');
      expect(code).toBe(0);
      expect(stdout).toContain('Usage: switchboard killswitch');
    }
  });
});
