/**
 * Issue 19 item 1 in a browser: feedback and an agent's outcome posted through the HTTP API of `switchboard serve`
 * show up as the console metrics page's deflection, CSAT and quality-label figures.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { runCli } from '@switchboard/testkit';
import { createScopedKeys, postOk, signInToConsole, type ScopedKeys } from './console-client.js';
import { launchChromium } from './launch-chromium.js';
import { serveWorkspace, type ServedWorkspace } from './serve-workspace.js';

describe('the console metrics page shows outcomes (issue 19)', () => {
  let dir: string;
  let api: ServedWorkspace;
  let browser: Browser;
  let keys: ScopedKeys;

  const post = (key: string, path: string, body?: Record<string, unknown>) => postOk<{ id: string; token: string }>(api, key, path, body);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sb-metrics-browser-'));
    expect((await runCli(['init', dir])).code).toBe(0);
    expect((await runCli(['-w', dir, 'ingest'])).code).toBe(0);
    keys = await createScopedKeys(dir);
    api = await serveWorkspace(dir);
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('charts deflection, rater-filtered CSAT and the quality label from what the API recorded', async () => {
    // One conversation rated 1 that an agent says a person resolved; one rated 5 that the bot is still answering.
    for (const [csat, agentSays] of [
      [1, 'resolved_human'],
      [5, null],
    ] as const) {
      const conversation = await post(keys.widget, '/v1/conversations');
      await post(conversation.token, `/v1/conversations/${conversation.id}/messages`, { text: 'How do I get started?' });
      await post(conversation.token, `/v1/conversations/${conversation.id}/feedback`, { csat });
      if (agentSays) await post(keys.agent, `/v1/conversations/${conversation.id}/outcome`, { outcome: agentSays, note: 'phoned' });
    }

    const page = await signInToConsole(browser, api, keys.admin);
    await page.getByRole('link', { name: 'Metrics' }).click();
    const figures = async (title: string) => {
      const chart = page.locator('figure.chart', { has: page.locator(`figcaption:text-is("${title}")`) });
      await chart.waitFor();
      await chart.locator('summary').click();
      // The figures table, not uPlot's own legend.
      return chart.locator('details tbody td').allTextContents();
    };
    // Half the conversations never reached a person; nothing was reopened.
    expect(await figures('Deflection and reopens')).toEqual(['50%', '0%']);
    // Plain CSAT is the mean of 1 and 5; each rater rated once, so the filtered one agrees.
    expect(await figures('CSAT (1–5)')).toEqual(['3.00', '3.00']);
    // The 1 outweighs a person's resolution and the lone 5 of a conversation that has not settled: below 0.
    const [labelMean] = await figures('Quality label (−1 to 1)');
    expect(Number(labelMean)).toBeLessThan(0);
  });
});
