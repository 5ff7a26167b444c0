/** The one table of who may call each route: every route the server registers must have an entry, or the app refuses to build. */

/**
 * - `open`: anyone (health checks).
 * - `metrics`: an admin key, or anyone when `metrics.public` is true in config.
 * - `conversation-start`: a widget (or admin) key, or anyone when `widget.public` is true in config.
 * - `customer`: a customer talking in their conversation (its conversation token, or a key); see `customerRouteAuth`.
 * - `conversation-read`: the conversation's own token, or an agent or admin key.
 * - `agent`: an agent or admin key (the handoff queue, conversations, traces).
 * - `admin`: an admin key.
 */
export type RouteAccess = 'open' | 'metrics' | 'conversation-start' | 'customer' | 'conversation-read' | 'agent' | 'admin';

/** `METHOD /path` (Fastify's route pattern) → who may call it. HEAD routes take their GET route's entry. */
export const routeAccess: Readonly<Record<string, RouteAccess>> = {
  'GET /healthz': 'open',
  'GET /metrics': 'metrics',
  'GET /openapi.json': 'open',
  'POST /v1/conversations': 'conversation-start',
  'POST /v1/conversations/:id/messages': 'customer',
  'POST /v1/conversations/:id/feedback': 'customer',
  'GET /v1/conversations/:id': 'conversation-read',
  'GET /v1/traces/:id': 'agent',
  'GET /v1/handoffs': 'agent',
  'POST /v1/handoffs/:id/claim': 'agent',
  'POST /v1/handoffs/:id/reply': 'agent',
  'POST /v1/handoffs/:id/release': 'agent',
};

/** The declared access of a route, or undefined when it has none. */
export function accessOf(method: string, url: string): RouteAccess | undefined {
  return routeAccess[`${method === 'HEAD' ? 'GET' : method} ${url}`];
}
