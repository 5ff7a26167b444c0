/**
 * Issue 20 items 2 and 5 end to end: `switchboard serve` serves a running experiment's arms per customer, `experiment
 * status --json` reads them back as recorded, and the console's Experiments and Rollout pages show the analysis and
 * the rollout as GET /v1/experiments/:name and GET /v1/rollout give them.
 */
import { appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { runCli } from '@switchboard/testkit';
import { createScopedKeys, postOk, signInToConsole, type ScopedKeys } from './console-client.js';
import { launchChromium } from './launch-chromium.js';
import { serveWorkspace, type ServedWorkspace } from './serve-workspace.js';
import { copyAcmeExample } from '../acme-example.js';

const noLlm = { SWITCHBOARD_LLM_BASE_URL: '', SWITCHBOARD_LLM_MODEL: '' };
const run = (...args: string[]) => runCli(args, { env: noLlm });

describe('experiments served, and the console Experiments and Rollout pages (issue 20)', () => {
  let workspace = '';
  let api: ServedWorkspace;
  let browser: Browser;
  let keys: ScopedKeys;

  const post = (key: string, path: string, body?: Record<string, unknown>) => postOk(api, key, path, body);
  const signedIn = () => signInToConsole(browser, api, keys.admin);

  beforeAll(async () => {
    workspace = copyAcmeExample('sb-experiment-pages-');
    // Every customer here comes from one IP address.
    appendFileSync(join(workspace, 'switchboard.yaml'), '\nrateLimit:\n  conversationsPerIp: { limit: 1000 }\n  perIp: { limit: 1000 }\n');
    for (const name of ['v1', 'v2']) expect((await run('-w', workspace, 'release', 'create', name, '--force', 'test')).code).toBe(0);
    keys = await createScopedKeys(workspace, noLlm);
    const created = await run('-w', workspace, 'experiment', 'create', 'tone', '--arms', 'A=v1,B=v2', '--metric', 'escalation');
    expect(created.code, created.stderr).toBe(0);
    api = await serveWorkspace(workspace, noLlm);
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('serves the arms per customer, reads them back as recorded, and shows the experiment in the console', async () => {
    const served: { arm: string; release: string }[] = [];
    for (let index = 0; index < 24; index++) {
      const conversation = (await post(keys.widget, '/v1/conversations', { deviceId: `device-${index}` })) as { id: string; token: string };
      const reply = await post(conversation.token, `/v1/conversations/${conversation.id}/messages`, {
        text: 'How do I reset my password?',
      });
      served.push({ arm: reply['arm'] as string, release: reply['release'] as string });
      if (index % 3 === 0) await post(conversation.token, `/v1/conversations/${conversation.id}/handoff`);
    }
    for (const reply of served) expect(reply).toEqual(reply.arm === 'B' ? { arm: 'B', release: 'v2' } : { arm: reply.arm, release: 'v1' });
    const count = (arm: string) => served.filter((reply) => reply.arm === arm).length;
    expect(count('A')).toBeGreaterThan(0);
    expect(count('B')).toBeGreaterThan(0);

    const status = JSON.parse((await run('-w', workspace, 'experiment', 'status', 'tone', '--json')).stdout) as {
      assignedBy: string;
      arms: { name: string; units: number }[];
    };
    expect(status.assignedBy).toBe('recorded');
    expect(status.arms.map((arm) => [arm.name, arm.units])).toEqual([
      ['A', count('A')],
      ['B', count('B')],
    ]);

    const page = await signedIn();
    await page.getByRole('link', { name: 'Experiments' }).click();
    const row = page.locator('tr', { has: page.getByRole('link', { name: 'tone' }) });
    await expect.poll(() => row.textContent()).toContain('served');
    await page.getByRole('link', { name: 'tone' }).click();
    await page.getByRole('heading', { name: 'Arms' }).waitFor();
    const arms = page.locator('table', { has: page.locator('th:text-is("CUPED estimate")') }).locator('tbody tr');
    expect(await arms.locator('th').allTextContents()).toEqual(['A', 'B']);
    expect(await arms.nth(0).locator('td').nth(1).textContent()).toBe(String(count('A')));
    await page.getByText(/^(Not yet|Significant): /).waitFor();
    expect(await page.locator('dl').textContent()).toContain('Sample ratio');
  }, 120_000);

  it('shows no rollout, then a started one with its stage, guardrails and decisions', async () => {
    const page = await signedIn();
    await page.getByRole('link', { name: 'Rollout' }).click();
    await page.getByText('No rollout was started').waitFor();

    expect((await run('-w', workspace, 'release', 'create', 'v3', '--force', 'test')).code).toBe(0);
    const started = await run('-w', workspace, 'rollout', 'start', 'v3', '--stages', '20,100');
    expect(started.code, started.stderr).toBe(0);
    await page.reload();
    await page.getByRole('heading', { name: 'Guardrails' }).waitFor();
    await page.getByText('Stage 1 (20% of customers on the candidate)').waitFor();
    const guardrails = page.locator('table', { has: page.locator('th:text-is("Limit")') }).locator('tbody tr');
    expect(await guardrails.locator('th').allTextContents()).toEqual([
      'CSAT drop',
      'Escalation-rate rise',
      'Grounding-check failures',
      'Safety misrouting',
      'Replies over the latency SLO',
      'Error rate',
    ]);
    expect(await guardrails.nth(0).textContent()).toContain('Not enough data');
    expect(await page.locator('ol.decisions li').first().textContent()).toContain('start');

    // While the rollout runs, the experiment is not served, and the Experiments page says why.
    await page.getByRole('link', { name: 'Experiments' }).click();
    await page.getByText('No experiment is served while a staged rollout is running').waitFor();
  }, 120_000);
});
