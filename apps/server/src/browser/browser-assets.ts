/**
 * The browser surfaces `switchboard serve` hosts on the API's own origin: the widget bundle (/widget.js), the console
 * (/console, a single-page app: any path under it that is not a file serves its index.html) and, under
 * `switchboard demo`, a sample company page with the widget (/demo). Each comes from a folder the caller names, so
 * the server does not care whether it runs from the repository or the installed package.
 */
import { existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { SwitchboardError } from '@switchboard/spec';
import { frameAncestors } from './cross-origin.js';

export interface BrowserAssets {
  /** The folder holding the built widget.js (apps/widget/dist). */
  readonly widgetDir?: string;
  /** The built console (apps/console/dist). */
  readonly consoleDir?: string;
  /** The HTML of /demo; absent outside `switchboard demo`. */
  readonly demoPage?: string;
}

/** The console's policy: its own scripts and API only, and no other site may frame it (clickjacking). */
const consolePolicy =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

function notBuilt(what: string): SwitchboardError {
  return new SwitchboardError('NOT_FOUND', `the ${what} is not built here: run npm run build (or install the packaged CLI)`);
}

export function registerBrowserAssets(
  app: FastifyInstance,
  assets: BrowserAssets,
  options: { readonly allowedOrigins: readonly string[] },
): void {
  // Only for `reply.sendFile`, with no routes of its own: each route below is in the route table like any other.
  // Fastify loads it when the app starts, before the first request.
  void app.register(fastifyStatic, { root: assets.consoleDir ?? assets.widgetDir ?? process.cwd(), serve: false });
  const ancestors = frameAncestors(options);

  app.get('/widget.js', async (_request, reply) => {
    if (!assets.widgetDir || !existsSync(join(assets.widgetDir, 'widget.js'))) throw notBuilt('chat widget');
    reply.header('content-security-policy', `frame-ancestors ${ancestors}`);
    reply.header('cache-control', 'public, max-age=300');
    return reply.sendFile('widget.js', assets.widgetDir, { cacheControl: false });
  });

  const sendConsole = (reply: FastifyReply, path: string) => {
    const root = assets.consoleDir;
    if (!root || !existsSync(join(root, 'index.html'))) throw notBuilt('console');
    const file = normalize(path).replace(/^([/\\])+/, '');
    const isFile = file !== '' && !file.startsWith('..') && existsSync(join(root, file)) && statSync(join(root, file)).isFile();
    reply.header('content-security-policy', consolePolicy);
    reply.header('x-content-type-options', 'nosniff');
    // Hashed asset names never change content; index.html must be read afresh to pick up a new build.
    reply.header('cache-control', isFile && file.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    return reply.sendFile(isFile ? file : 'index.html', root, { cacheControl: false });
  };
  app.get('/console', async (_request, reply) => reply.redirect('/console/'));
  app.get<{ Params: { '*': string } }>('/console/*', async (request, reply) => sendConsole(reply, request.params['*']));

  app.get('/demo', async (_request, reply) => {
    if (assets.demoPage === undefined) throw new SwitchboardError('NOT_FOUND', 'the demo page is served by `switchboard demo` only');
    reply.header('content-security-policy', `default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors ${ancestors}`);
    return reply.type('text/html; charset=utf-8').send(assets.demoPage);
  });
}
