/** Enforces the route table: refuses to register a route without declared access, and checks each request's credential before anything else runs. */
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { SwitchboardError, apiKeyScopes } from '@switchboard/spec';
import type { VerifyApiKey } from './api-key-verifier.js';
import type { ConversationTokens } from '../identity/conversation-token.js';
import { customerRouteAuth } from './customer-route-auth.js';
import { requireScope } from './request-credentials.js';
import { accessOf, type RouteAccess } from './route-access.js';

export interface RouteAuthorizationOptions {
  readonly verifyKey: VerifyApiKey;
  /** `metrics.public` in config: /metrics without a key. */
  readonly metricsPublic?: boolean;
  /** `widget.public` in config: POST /v1/conversations without a key. */
  readonly widgetPublic?: boolean;
  /** Lets a conversation's token into that conversation's customer routes. */
  readonly conversationTokens?: ConversationTokens;
}

type Check = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

/** A registered route with its declared access. */
export interface DeclaredRoute {
  readonly method: string;
  readonly url: string;
  readonly access: RouteAccess;
}

const declared = new WeakMap<FastifyInstance, DeclaredRoute[]>();

/** Every route registered on `app` since `registerRouteAuthorization`, as its onRoute hook saw them (HEAD included). */
export function declaredRoutes(app: FastifyInstance): readonly DeclaredRoute[] {
  return declared.get(app) ?? [];
}

/** Call before registering any route: the hook sees every route registered after it. */
export function registerRouteAuthorization(app: FastifyInstance, options: RouteAuthorizationOptions): void {
  const { verifyKey } = options;
  const tokens = options.conversationTokens ? { conversationTokens: options.conversationTokens } : {};
  const checks: Record<RouteAccess, Check | null> = {
    open: null,
    metrics: options.metricsPublic ? null : async (request, reply) => void (await requireScope(request, reply, verifyKey, ['admin'])),
    'conversation-start': options.widgetPublic
      ? null
      : async (request, reply) => void (await requireScope(request, reply, verifyKey, ['widget', 'admin'])),
    customer: (request, reply) => customerRouteAuth(request, reply, { verifyKey, ...tokens }),
    'conversation-read': (request, reply) => customerRouteAuth(request, reply, { verifyKey, ...tokens, keyScopes: ['agent', 'admin'] }),
    agent: async (request, reply) => void (await requireScope(request, reply, verifyKey, ['agent', 'admin'])),
    admin: async (request, reply) => void (await requireScope(request, reply, verifyKey, ['admin'])),
    'any-key': async (request, reply) => void (await requireScope(request, reply, verifyKey, apiKeyScopes)),
  };
  const routes: DeclaredRoute[] = [];
  declared.set(app, routes);
  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const accesses = new Set(methods.map((method) => accessOf(method, route.url)));
    const [access] = accesses;
    if (accesses.size !== 1 || access === undefined)
      throw new SwitchboardError(
        'INTERNAL',
        `route ${methods.join(',')} ${route.url} has no declared access: add it to routeAccess in apps/server/src/auth/route-access.ts`,
      );
    for (const method of methods) routes.push({ method, url: route.url, access });
    const check = checks[access];
    if (check === null) return;
    // First of the route's onRequest hooks: nothing (body parsing, validation, handlers) runs for a refused request.
    const existing = route.onRequest === undefined ? [] : Array.isArray(route.onRequest) ? route.onRequest : [route.onRequest];
    route.onRequest = [check, ...existing] as RouteOptions['onRequest'];
  });
}
