/**
 * Issue 18's browser round trip, in headless Chromium against `switchboard serve` on a copy of the Acme example:
 * the widget, on a page of another origin, asks a question and shows the streamed, cited answer; the customer asks
 * for a person; an agent signs in to the console in a second browser context, claims and replies; the customer sees
 * the reply live; the agent releases; the bot answers again; a thumbs-down is stored; a reload keeps the conversation.
 * Screenshots go to $SWITCHBOARD_SCREENSHOTS (docs/screenshots through `npm run screenshots`), else a temporary folder.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { runCli } from '@switchboard/testkit';
import { openWorkspace } from '../../src/workspace.js';
import { launchChromium } from './launch-chromium.js';
import { serveWorkspace, type ServedWorkspace } from './serve-workspace.js';

const example = fileURLToPath(new URL('../../../../examples/acme-help-center', import.meta.url));
const screenshots = process.env['SWITCHBOARD_SCREENSHOTS'] ?? mkdtempSync(join(tmpdir(), 'sb-screenshots-'));

/** A company's own page on another origin (localhost, not 127.0.0.1) with the one widget tag. */
function startCompanySite(
  widgetSrc: string,
  widgetKey: string,
): Promise<{ server: Server; origin: string; setWidget(src: string, key: string): void }> {
  let tag = { src: widgetSrc, key: widgetKey };
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><head><title>Acme shop</title>
<style>button { background: hotpink !important; font-size: 40px !important; } * { font-family: serif !important; }</style></head>
<body><h1>Acme shop</h1><p>Our products, and a chat bubble from Switchboard.</p>
<script src="${tag.src}" data-key="${tag.key}" async></script></body></html>`);
  });
  return new Promise((resolve) =>
    server.listen(0, 'localhost', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, origin: `http://localhost:${port}`, setWidget: (src, key) => void (tag = { src, key }) });
    }),
  );
}

/** The first match, inside the widget's Shadow DOM too (Playwright's CSS locators pierce open shadow roots). */
const shadow = (page: Page, selector: string) => page.locator(selector).first();

describe('the widget and the console in a browser (issue 18)', () => {
  let dir: string;
  let api: ServedWorkspace;
  let site: Awaited<ReturnType<typeof startCompanySite>>;
  let browser: Browser;
  let agentKey: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sb-browser-'));
    cpSync(join(example, 'kb'), join(dir, 'kb'), { recursive: true });
    site = await startCompanySite('about:blank', 'none');
    writeFileSync(
      join(dir, 'switchboard.yaml'),
      `${readFileSync(join(example, 'switchboard.yaml'), 'utf8')}\nwidget:\n  allowedOrigins: [${site.origin}]\n`,
    );
    expect((await runCli(['-w', dir, 'ingest'])).code).toBe(0);
    const key = async (name: string, scope: string) => {
      const created = await runCli(['-w', dir, 'keys', 'create', '--name', name, '--scope', scope, '--json']);
      expect(created.code, created.stderr).toBe(0);
      return (JSON.parse(created.stdout) as { key: string }).key;
    };
    const widgetKey = await key('shop-widget', 'widget');
    agentKey = await key('Dana', 'agent');
    api = await serveWorkspace(dir);
    site.setWidget(`${api.url}/widget.js`, widgetKey);
    mkdirSync(screenshots, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    site?.server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers, hands off, lets an agent reply and release, and stores a thumbs-down', async () => {
    const customer = await (await browser.newContext({ locale: 'en-US', viewport: { width: 1100, height: 760 } })).newPage();
    const streamedPosts: string[] = [];
    customer.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/messages')) streamedPosts.push(request.headers()['accept'] ?? '');
    });
    await customer.goto(site.origin);
    await shadow(customer, 'button.sb-launcher').click();
    await shadow(customer, 'textarea.sb-input').fill('How long does a refund take to reach my card?');
    await shadow(customer, 'button.sb-send').click();
    const firstAnswer = shadow(customer, '.sb-msg.sb-bot');
    await shadow(customer, '.sb-msg.sb-bot .sb-sources .sb-source').waitFor();
    expect(await firstAnswer.textContent()).toMatch(/refund/i);
    expect(streamedPosts).toEqual([expect.stringContaining('text/event-stream')]);
    // The host page's `button { background: hotpink }` does not reach into the widget's Shadow DOM.
    const launcherColour = await shadow(customer, 'button.sb-send').evaluate(
      (element) => element.ownerDocument.defaultView?.getComputedStyle(element).backgroundColor,
    );
    expect(launcherColour).not.toBe('rgb(255, 105, 180)');
    await customer.screenshot({ path: join(screenshots, 'widget.png') });

    await shadow(customer, 'button.sb-human-request').click();
    await shadow(customer, '.sb-msg.sb-bot:has-text("Acme Support"), .sb-notice:has-text("Acme Support")').waitFor();

    const agent = await (await browser.newContext({ viewport: { width: 1280, height: 860 } })).newPage();
    await agent.goto(`${api.url}/console/`);
    await agent.locator('input#api-key').fill(agentKey);
    await agent.getByRole('button', { name: 'Sign in' }).click();
    const row = agent.locator('[data-testid="handoff-row"]').first();
    await row.waitFor();
    const conversationId = await row.getAttribute('data-conversation-id');
    await row.click();
    await agent.getByRole('button', { name: 'Claim', exact: true }).click();
    await agent.locator('textarea#reply').fill('Hi, Dana here. I have refunded your card; it shows in 5 to 10 business days.');
    await agent.getByRole('button', { name: 'Send reply' }).click();
    await agent.screenshot({ path: join(screenshots, 'inbox.png') });

    await shadow(customer, '.sb-msg.sb-human:has-text("Dana here")').waitFor();
    await shadow(customer, '.sb-status:has-text("Dana")').waitFor();

    await agent.getByRole('button', { name: 'Release' }).click();
    await shadow(customer, 'textarea.sb-input').fill('Can I pay by bank transfer?');
    await shadow(customer, 'button.sb-send').click();
    const secondAnswer = customer
      .locator('.sb-msg.sb-bot[data-message-id]')
      .filter({ hasText: /bank transfer/i })
      .last();
    await secondAnswer.locator('.sb-sources .sb-source').first().waitFor();

    const messageId = await secondAnswer.getAttribute('data-message-id');
    expect(messageId).toBeTruthy();
    await secondAnswer.locator('button.sb-thumb-down').click();
    await expect.poll(() => storedThumbs(dir, conversationId!), { timeout: 15_000 }).toContainEqual({ messageId, thumbs: 'down' });

    // The conversation survives a reload: the token is in localStorage.
    await customer.reload();
    await shadow(customer, 'button.sb-launcher').click();
    await shadow(customer, '.sb-msg.sb-human:has-text("Dana here")').waitFor();

    // The agent reads the conversation with its trace.
    await agent.goto(`${api.url}/console/conversations/${conversationId}`);
    await agent.locator('[data-testid="message"][data-role="bot"]').first().waitFor();
    await agent
      .getByRole('button', { name: /show trace/i })
      .first()
      .click();
    await agent.locator('[data-testid="trace-stage"]').first().waitFor();
    expect(await agent.locator('[data-testid="trace-stage"]').count()).toBeGreaterThanOrEqual(11);
    await agent.screenshot({ path: join(screenshots, 'conversation-trace.png'), fullPage: true });
  });
});

/** The thumbs stored for a conversation, read from the workspace's store as the server wrote them. */
async function storedThumbs(dir: string, conversationId: string): Promise<{ messageId: unknown; thumbs: unknown }[]> {
  const workspace = openWorkspace(dir);
  try {
    const events = await workspace.stores.events.list({ conversationId, type: 'feedback.recorded' });
    return events.map((event) => ({ messageId: event.data['messageId'], thumbs: event.data['thumbs'] }));
  } finally {
    workspace.close();
  }
}
