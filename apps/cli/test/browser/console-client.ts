/** What the browser tests do around the page: make a key of each scope, POST through the served API, sign in to the console. */
import { expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { runCli } from '@switchboard/testkit';
import type { ServedWorkspace } from './serve-workspace.js';

export type ScopedKeys = Record<'admin' | 'agent' | 'widget', string>;

/** `keys create` of an admin, an agent and a widget key (named `<scope>-key`) in `workspace`. */
export async function createScopedKeys(workspace: string, env: Readonly<Record<string, string>> = {}): Promise<ScopedKeys> {
  const keys: ScopedKeys = { admin: '', agent: '', widget: '' };
  for (const scope of ['admin', 'agent', 'widget'] as const) {
    const created = await runCli(['-w', workspace, 'keys', 'create', '--name', `${scope}-key`, '--scope', scope, '--json'], { env });
    keys[scope] = (JSON.parse(created.stdout) as { key: string }).key;
  }
  return keys;
}

/** POSTs `body` (as JSON, if any) to `path` with `key`, expects a 2xx and returns the body. */
export async function postOk<T = Record<string, unknown>>(api: ServedWorkspace, key: string, path: string, body?: Record<string, unknown>) {
  const response = await fetch(`${api.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  expect(response.status, path).toBeLessThan(300);
  return (await response.json()) as T;
}

/** A new page of the console, signed in with `key`. */
export async function signInToConsole(browser: Browser, api: ServedWorkspace, key: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(`${api.url}/console/`);
  await page.locator('input#api-key').fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
  return page;
}
