/** Builds the OpenAPI 3.1 document from the routes the server registered, their access and their zod schemas. */
import type { RouteAccess } from '../auth/route-access.js';
import { jsonSchemaOf, routeDocs } from './route-docs.js';

export interface RegisteredRoute {
  readonly method: string;
  readonly url: string;
  readonly access: RouteAccess;
}

const apiKey = { apiKey: [] };
const conversationToken = { conversationToken: [] };
/** Who may call a route, as OpenAPI security requirements (any one of them). */
const securityOf: Record<RouteAccess, readonly Record<string, never[]>[]> = {
  open: [],
  metrics: [apiKey],
  'conversation-start': [apiKey],
  customer: [conversationToken, apiKey],
  'conversation-read': [conversationToken, apiKey],
  agent: [apiKey],
  admin: [apiKey],
  'any-key': [apiKey],
};

const errorResponse = {
  description: 'An error: {error: {code, message}} (docs/errors.md)',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};

export function buildOpenApi(routes: readonly RegisteredRoute[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    // HEAD mirrors GET; OPTIONS is the browsers' CORS preflight, not an operation of the API.
    if (route.method === 'HEAD' || route.method === 'OPTIONS') continue;
    const doc = routeDocs[`${route.method} ${route.url}`];
    if (!doc) throw new Error(`${route.method} ${route.url} has no entry in openapi/route-docs.ts`);
    const path = openApiPath(route.url);
    const parameters = [...path.matchAll(/\{([A-Za-z]+)\}/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      schema: { type: 'string', maxLength: 128 },
    }));
    const query = doc.query ? (jsonSchemaOf(doc.query) as { properties?: Record<string, unknown> }) : null;
    for (const [name, schema] of Object.entries(query?.properties ?? {}))
      parameters.push({ name, in: 'query', required: false, schema } as never);
    paths[path] = {
      ...paths[path],
      [route.method.toLowerCase()]: {
        summary: doc.summary,
        operationId: `${route.method.toLowerCase()}${path.replace(/[^A-Za-z]+(.)?/g, (_match, next: string | undefined) => (next ?? '').toUpperCase())}`,
        ...(parameters.length > 0 ? { parameters } : {}),
        ...(doc.body ? { requestBody: { content: { 'application/json': { schema: jsonSchemaOf(doc.body) } } } } : {}),
        security: securityOf[route.access],
        responses: {
          [String(doc.success.status)]: { description: doc.success.description },
          ...(route.access === 'open' ? {} : { '401': errorResponse, '403': errorResponse }),
          default: errorResponse,
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Switchboard',
      version,
      description: 'The Switchboard HTTP API. Keys: `switchboard keys create`; see docs/security.md.',
    },
    paths,
    components: {
      securitySchemes: {
        apiKey: { type: 'http', scheme: 'bearer', description: 'An API key: sb_admin_…, sb_agent_… or sb_widget_…' },
        conversationToken: { type: 'http', scheme: 'bearer', description: 'The token POST /v1/conversations returned' },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } },
          },
        },
      },
    },
  };
}

/** Fastify's `/v1/x/:id` and `/console/*` as OpenAPI writes them: `/v1/x/{id}`, `/console/{path}`. */
export function openApiPath(url: string): string {
  return url.replace(/:([A-Za-z]+)/g, '{$1}').replace(/\*$/, '{path}');
}
