/**
 * Issue 18: the browser surfaces on the API's origin — /widget.js, the console (a single-page app), /demo — and CORS
 * only for `widget.allowedOrigins`, only on the routes a customer's browser calls.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createSqliteStores, type SqliteStores } from '@switchboard/store-sqlite';
import { createTestKey, withKey } from '../__fixtures__/test-api-keys.js';
import { keyedApp } from '../__fixtures__/keyed-app.js';

let counter = 0;
const newId = (prefix?: string): string => `${prefix ?? 'id'}_${++counter}`;
const shop = 'https://shop.example.com';

function builtAssets(): { widgetDir: string; consoleDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'sb-assets-'));
  const widgetDir = join(root, 'widget');
  const consoleDir = join(root, 'console');
  mkdirSync(widgetDir);
  mkdirSync(join(consoleDir, 'assets'), { recursive: true });
  writeFileSync(join(widgetDir, 'widget.js'), 'console.log("widget")');
  writeFileSync(join(consoleDir, 'index.html'), '<!doctype html><title>Console</title>');
  writeFileSync(join(consoleDir, 'assets', 'app-1234.js'), 'export {}');
  writeFileSync(join(root, 'secret.txt'), 'not for the web');
  return { widgetDir, consoleDir };
}

describe('browser surfaces (issue 18)', () => {
  let stores: SqliteStores;
  let app: FastifyInstance;

  beforeEach(() => {
    stores = createSqliteStores(':memory:');
    app = keyedApp(stores, newId, {
      allowedOrigins: [shop],
      browserAssets: { ...builtAssets(), demoPage: '<!doctype html><script src="/widget.js" data-key="sb_widget_x" async></script>' },
    });
  });
  afterEach(async () => {
    await app.close();
    stores.close();
  });

  it('serves /widget.js without a key, framed only by the allowed sites', async () => {
    const response = await app.inject({ method: 'GET', url: '/widget.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('javascript');
    expect(response.body).toBe('console.log("widget")');
    expect(response.headers['content-security-policy']).toBe(`frame-ancestors 'self' ${shop}`);
  });

  it('serves the console: its files, index.html for its own paths, nothing outside its folder, never framed', async () => {
    expect((await app.inject({ method: 'GET', url: '/console' })).headers.location).toBe('/console/');
    const page = await app.inject({ method: 'GET', url: '/console/conversations/conv_1' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>Console</title>');
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const asset = await app.inject({ method: 'GET', url: '/console/assets/app-1234.js' });
    expect(asset.body).toBe('export {}');
    expect(asset.headers['cache-control']).toContain('immutable');
    const escape = await app.inject({ method: 'GET', url: '/console/..%2fsecret.txt' });
    expect(escape.body).not.toContain('not for the web');
  });

  it('answers 404 with a clear message where a surface is not built, and /demo outside the demo', async () => {
    const bare = keyedApp(stores, newId);
    const widget = await bare.inject({ method: 'GET', url: '/widget.js' });
    expect(widget.statusCode).toBe(404);
    expect(widget.json()).toMatchObject({ error: { code: 'NOT_FOUND', message: expect.stringContaining('npm run build') } });
    expect((await bare.inject({ method: 'GET', url: '/console/' })).statusCode).toBe(404);
    expect((await bare.inject({ method: 'GET', url: '/demo' })).statusCode).toBe(404);
    await bare.close();
    const demo = await app.inject({ method: 'GET', url: '/demo' });
    expect(demo.statusCode).toBe(200);
    expect(demo.body).toContain('data-key="sb_widget_x"');
  });

  it('allows an allowed site to call the customer routes (preflight and response), and nobody else', async () => {
    const preflight = (origin: string, url: string, method = 'POST') =>
      app.inject({ method: 'OPTIONS', url, headers: { origin, 'access-control-request-method': method } });
    const allowed = await preflight(shop, '/v1/conversations/conv_1/messages');
    expect(allowed.statusCode).toBe(204);
    expect(allowed.headers['access-control-allow-origin']).toBe(shop);
    expect(allowed.headers['access-control-allow-headers']).toContain('authorization');
    expect(
      (await preflight('https://evil.example', '/v1/conversations/conv_1/messages')).headers['access-control-allow-origin'],
    ).toBeUndefined();
    // The agent routes are never opened to another origin, even an allowed one.
    expect((await preflight(shop, '/v1/handoffs', 'GET')).headers['access-control-allow-origin']).toBeUndefined();
    expect((await preflight(shop, '/v1/traces/trace_1', 'GET')).headers['access-control-allow-origin']).toBeUndefined();

    const widgetKey = await createTestKey(stores.apiKeys, 'widget');
    const started = await app.inject(withKey(widgetKey, { method: 'POST', url: '/v1/conversations', headers: { origin: shop } }));
    expect(started.statusCode).toBe(201);
    expect(started.headers['access-control-allow-origin']).toBe(shop);
    const other = await app.inject(
      withKey(widgetKey, { method: 'POST', url: '/v1/conversations', headers: { origin: 'https://evil.example' } }),
    );
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const agentKey = await createTestKey(stores.apiKeys, 'agent');
    const queue = await app.inject(withKey(agentKey, { method: 'GET', url: '/v1/handoffs', headers: { origin: shop } }));
    expect(queue.statusCode).toBe(200);
    expect(queue.headers['access-control-allow-origin']).toBeUndefined();
  });
});
