/**
 * CORS for the routes a customer's browser calls from a company's site (the widget), only for the origins in
 * `widget.allowedOrigins`. Agent and admin routes are never opened to another origin: the console is same-origin.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { accessOf, type RouteAccess } from '../auth/route-access.js';
import { declaredRoutes } from '../auth/route-authorization.js';

/** What a page on an allowed site may call: the widget's own routes. */
const crossOriginAccess: ReadonlySet<RouteAccess> = new Set(['open', 'conversation-start', 'customer', 'conversation-read']);

export interface CrossOriginOptions {
  /** `scheme://host[:port]` of each site, or `*` for any. */
  readonly allowedOrigins: readonly string[];
}

/** The allowed origins as `frame-ancestors` sources: 'self' and the configured sites. */
export function frameAncestors(options: CrossOriginOptions): string {
  return ["'self'", ...options.allowedOrigins].join(' ');
}

export function registerCrossOrigin(app: FastifyInstance, options: CrossOriginOptions): void {
  const anyOrigin = options.allowedOrigins.includes('*');
  const allowed = new Set(options.allowedOrigins);
  const originOf = (request: FastifyRequest): string | null => {
    const origin = request.headers.origin;
    return typeof origin === 'string' && (anyOrigin || allowed.has(origin)) ? origin : null;
  };
  // The declared routes as patterns, built at the first preflight (every route is registered by then).
  let patterns: { method: string; pattern: RegExp; access: RouteAccess }[] | null = null;
  const accessOfPath = (method: string, path: string): RouteAccess | undefined => {
    patterns ??= declaredRoutes(app).map((route) => ({
      method: route.method,
      access: route.access,
      pattern: new RegExp(
        `^${route.url
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace(/:[A-Za-z]+/g, '[^/]+')
          .replace(/\*$/, '.*')}$`,
      ),
    }));
    return patterns.find((route) => route.method === method && route.pattern.test(path))?.access;
  };

  app.addHook('onRequest', async (request, reply) => {
    if (request.method === 'OPTIONS') return;
    const origin = originOf(request);
    const url = request.routeOptions.url;
    if (origin === null || url === undefined || !crossOriginAccess.has(accessOf(request.method, url) ?? 'admin')) return;
    reply.header('access-control-allow-origin', origin);
    reply.header('vary', 'Origin');
    reply.header('access-control-expose-headers', 'x-request-id, retry-after');
  });

  // A preflight names the method it will use; the answer allows it only for a widget route and an allowed origin.
  app.options('*', async (request, reply) => {
    const origin = originOf(request);
    const method = String(request.headers['access-control-request-method'] ?? '').toUpperCase();
    const path = request.url.split('?')[0] ?? '';
    const access = method ? accessOfPath(method, path) : undefined;
    reply.header('vary', 'Origin');
    if (origin !== null && access !== undefined && crossOriginAccess.has(access)) {
      reply.header('access-control-allow-origin', origin);
      reply.header('access-control-allow-methods', 'GET, POST');
      reply.header('access-control-allow-headers', 'authorization, content-type, accept');
      reply.header('access-control-max-age', '600');
    }
    return reply.status(204).send();
  });
}
