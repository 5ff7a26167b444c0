/** The one table of who may call each route: every route the server registers must have an entry, or the app refuses to build. */

/**
 * - `open`: anyone (health checks).
 * - `metrics`: an admin key, or anyone when `metrics.public` is true in config.
 * - `conversation-start`: a widget (or admin) key, or anyone when `widget.public` is true in config.
 * - `customer`: a customer talking in their conversation (its conversation token, or a key); see `customerRouteAuth`.
 * - `conversation-read`: the conversation's own token, or an agent or admin key.
 * - `agent`: an agent or admin key (the handoff queue, conversations, traces).
 * - `admin`: an admin key.
 * - `any-key`: any valid key, whatever its scope (the console's sign-in check asks which key it holds).
 */
export type RouteAccess = 'open' | 'metrics' | 'conversation-start' | 'customer' | 'conversation-read' | 'agent' | 'admin' | 'any-key';

/** `METHOD /path` (Fastify's route pattern) → who may call it. HEAD routes take their GET route's entry. */
export const routeAccess: Readonly<Record<string, RouteAccess>> = {
  'GET /healthz': 'open',
  'GET /metrics': 'metrics',
  'GET /openapi.json': 'open',
  'POST /v1/conversations': 'conversation-start',
  'POST /v1/conversations/:id/messages': 'customer',
  'POST /v1/conversations/:id/feedback': 'customer',
  // An agent's statement of what became of the conversation (core/outcomes); never the customer's own word.
  'POST /v1/conversations/:id/outcome': 'agent',
  'GET /v1/conversations/:id': 'conversation-read',
  'GET /v1/traces/:id': 'agent',
  'GET /v1/handoffs': 'agent',
  'POST /v1/handoffs/:id/claim': 'agent',
  'POST /v1/handoffs/:id/reply': 'agent',
  'POST /v1/handoffs/:id/release': 'agent',
  'POST /v1/conversations/:id/handoff': 'customer',
  'GET /v1/conversations/:id/events': 'conversation-read',
  'GET /v1/handoffs/stream': 'agent',
  'GET /v1/approvals': 'agent',
  'POST /v1/approvals/:id/approve': 'agent',
  'POST /v1/approvals/:id/deny': 'agent',
  // The console's pages (apps/server/src/console-routes/).
  'GET /v1/me': 'any-key',
  'GET /v1/conversations': 'agent',
  'GET /v1/knowledge/sources': 'admin',
  'GET /v1/knowledge/documents': 'admin',
  'GET /v1/knowledge/documents/:id/chunks': 'admin',
  'GET /v1/knowledge/chunks/:id': 'agent',
  'POST /v1/knowledge/search': 'admin',
  'GET /v1/metrics/summary': 'admin',
  'GET /v1/evaluations/runs': 'admin',
  'GET /v1/evaluations/runs/:id': 'admin',
  // The kill switch (kill-switch-routes.ts): agents see who turned it on and why; only an admin flips it.
  'GET /v1/killswitch': 'agent',
  'POST /v1/killswitch': 'admin',
  // What is being tested on customers (experiment-routes.ts): experiments and the staged rollout, for admins.
  'GET /v1/experiments': 'admin',
  'GET /v1/experiments/:name': 'admin',
  'GET /v1/rollout': 'admin',
  // Shadow mode (shadow-routes.ts): the running or latest shadow run and its comparison with production.
  'GET /v1/shadow': 'admin',
  // The browser surfaces: their files are public; what they show needs a key or a conversation token.
  'GET /widget.js': 'open',
  'GET /console': 'open',
  'GET /console/*': 'open',
  'GET /demo': 'open',
  // CORS preflight (browser/cross-origin.ts): answers with permissions only, never with data.
  'OPTIONS *': 'open',
};

/** The declared access of a route, or undefined when it has none. */
export function accessOf(method: string, url: string): RouteAccess | undefined {
  return routeAccess[`${method === 'HEAD' ? 'GET' : method} ${url}`];
}
