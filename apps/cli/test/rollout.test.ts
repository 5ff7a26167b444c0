/**
 * Issue 20 item 3 end to end: `rollout start|status|tick|rollback` on a workspace, `switchboard serve` answering each
 * customer from the release the rollout assigns (the candidate's pipeline built from its snapshot), and the decision
 * POSTed to the configured webhook.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@switchboard/testkit';
import { serveWorkspace } from './browser/serve-workspace.js';
import { copyAcmeExample } from './acme-example.js';

const noLlm = { SWITCHBOARD_LLM_BASE_URL: '', SWITCHBOARD_LLM_MODEL: '' };
const run = (...args: string[]) => runCli(args, { env: noLlm });
const fraud = 'Someone used my card without my permission, this is fraud';

describe('switchboard rollout (issue 20 item 3)', () => {
  let workspace = '';
  let hooks: Server;
  const received: Record<string, unknown>[] = [];
  const config = () => join(workspace, 'switchboard.yaml');
  const rollout = (...args: string[]) => run('-w', workspace, 'rollout', ...args);

  beforeAll(async () => {
    hooks = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push(JSON.parse(body) as Record<string, unknown>);
        response.end('ok');
      });
    });
    await new Promise<void>((resolve) => hooks.listen(0, '127.0.0.1', resolve));
    const port = (hooks.address() as AddressInfo).port;
    workspace = copyAcmeExample('rollout-');
    writeFileSync(config(), `${readFileSync(config(), 'utf8')}\nrollout:\n  tickSeconds: 1\n  webhooks: [http://127.0.0.1:${port}/hook]\n`);
    expect((await run('-w', workspace, 'release', 'create', 'v1', '--force', 'test')).code).toBe(0);
    writeFileSync(config(), readFileSync(config(), 'utf8').replace('queue: Acme Support', 'queue: Acme Billing'));
    expect((await run('-w', workspace, 'release', 'create', 'v2', '--force', 'test')).code).toBe(0);
  }, 120_000);
  afterAll(async () => {
    await new Promise((resolve) => hooks.close(resolve));
    rmSync(workspace, { recursive: true, force: true });
  });

  it('serves both releases at 50%, reports status as JSON, and a rollback returns everyone to the baseline', async () => {
    // Without an intent model no message has an intent, so a first stage limited to intents would serve nobody.
    const refused = await rollout('start', 'v2', '--first-stage-intents', 'billing');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('--first-stage-intents needs an intent model');
    const started = await rollout('start', 'v2', '--stages', '50,100', '--min-conversations', '5');
    expect(started.code, started.stderr).toBe(0);
    expect((await rollout('start', 'v2')).stderr).toContain('a rollout is already running');

    const created = await run('-w', workspace, 'keys', 'create', '--name', 'widget', '--scope', 'widget', '--json');
    const key = (JSON.parse(created.stdout) as { key: string }).key;
    const server = await serveWorkspace(workspace, noLlm);
    try {
      const post = async (token: string, path: string, body?: unknown) =>
        (await fetch(`${server.url}${path}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
          ...(body ? { body: JSON.stringify(body) } : {}),
        }).then((response) => response.json())) as { release: string; arm: string; handoff: { queue: string } };
      const ask = async (device: string) => {
        const conversation = (await post(key, '/v1/conversations', { deviceId: device })) as unknown as { id: string; token: string };
        return post(conversation.token, `/v1/conversations/${conversation.id}/messages`, { text: fraud });
      };
      const replies = [];
      for (let index = 0; index < 12; index++) replies.push(await ask(`device-${index}`));
      // Each reply comes from its release's own configuration: v2's queue is Acme Billing.
      for (const reply of replies)
        expect(reply).toMatchObject(
          reply.arm === 'candidate'
            ? { release: 'v2', handoff: { queue: 'Acme Billing' } }
            : { release: 'v1', handoff: { queue: 'Acme Support' } },
        );
      expect(new Set(replies.map((reply) => reply.release))).toEqual(new Set(['v1', 'v2']));

      const status = await rollout('status', '--json');
      expect(status.code, status.stderr).toBe(0);
      const parsed = JSON.parse(status.stdout) as Record<string, unknown> & {
        arms: { arm: string; percent: number }[];
        guardrails: { name: string }[];
      };
      expect(Object.keys(parsed)).toEqual(['release', 'baseline', 'state', 'stage', 'arms', 'guardrails', 'decisions']);
      expect(parsed).toMatchObject({ release: 'v2', baseline: 'v1', state: 'running', stage: 0 });
      expect(parsed.arms.map((arm) => [arm.arm, arm.percent])).toEqual([
        ['candidate', 50],
        ['baseline', 50],
      ]);
      expect(parsed.guardrails.map((guardrail) => guardrail.name)).toEqual([
        'csat',
        'escalation_rate',
        'grounding_failure_rate',
        'safety_misrouting_rate',
        'latency_over_slo',
        'error_rate',
      ]);
      const ticked = await rollout('tick');
      expect(ticked.stdout).toMatch(/^hold: /);

      const rolledBack = await rollout('rollback', '--reason', 'test');
      expect(rolledBack.stdout).toContain('rollout of v2: rolled_back');
      const after = JSON.parse((await rollout('status', '--json')).stdout) as {
        state: string;
        decisions: { action: string; reason: string }[];
      };
      expect(after.state).toBe('rolled_back');
      expect(after.decisions.at(-1)).toMatchObject({ action: 'rollback' });
      expect(after.decisions.at(-1)?.reason).toContain('test');
      await new Promise((resolve) => setTimeout(resolve, 1500));
      for (let index = 0; index < 6; index++) expect(await ask(`device-${index}`)).toMatchObject({ release: 'v1', arm: 'baseline' });
      await expect.poll(() => received.map((event) => (event['data'] as { action: string }).action)).toContain('rollback');
      expect(received.every((event) => event['type'] === 'rollout.decided')).toBe(true);
    } finally {
      await server.stop();
    }
  }, 120_000);
});
