/** Issue 18 item 5: /openapi.json is valid OpenAPI 3.1 and lists every route the server has. */
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createSqliteStores, type SqliteStores } from '@switchboard/store-sqlite';
import { declaredRoutes } from '../auth/route-authorization.js';
import { keyedApp } from '../__fixtures__/keyed-app.js';

let counter = 0;
const newId = (prefix?: string): string => `${prefix ?? 'id'}_${++counter}`;

interface OpenApiDocument {
  openapi: string;
  paths: Record<
    string,
    Record<string, { security: Record<string, unknown>[]; requestBody?: { content: Record<string, { schema: unknown }> } }>
  >;
}

describe('GET /openapi.json (issue 18)', () => {
  let stores: SqliteStores;
  let app: FastifyInstance;
  let document: OpenApiDocument;

  beforeEach(async () => {
    stores = createSqliteStores(':memory:');
    app = keyedApp(stores, newId);
    const response = await app.inject({ method: 'GET', url: '/openapi.json' });
    expect(response.statusCode).toBe(200);
    document = response.json<OpenApiDocument>();
  });
  afterEach(async () => {
    await app.close();
    stores.close();
  });

  it('validates as OpenAPI 3.1', async () => {
    const result = await new Validator().validate(document as unknown as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe('3.1.0');
  });

  it('lists every route the server registered, and no other', () => {
    const registered = declaredRoutes(app)
      .filter((route) => route.method !== 'HEAD' && route.method !== 'OPTIONS')
      .map((route) => `${route.method} ${route.url.replace(/:([A-Za-z]+)/g, '{$1}').replace(/\*$/, '{path}')}`)
      .sort();
    const documented = Object.entries(document.paths)
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    expect(documented).toEqual(registered);
    expect(registered.length).toBeGreaterThan(10);
  });

  it('describes request bodies with the schemas that validate them, and each route with its security', () => {
    const messages = document.paths['/v1/conversations/{id}/messages']!['post']!;
    expect(messages.requestBody?.content['application/json']?.schema).toMatchObject({
      type: 'object',
      required: ['text'],
      properties: { text: { type: 'string', minLength: 1, maxLength: 4000 } },
      additionalProperties: false,
    });
    expect(messages.security).toEqual([{ conversationToken: [] }, { apiKey: [] }]);
    expect(document.paths['/healthz']!['get']!.security).toEqual([]);
    expect(document.paths['/v1/handoffs']!['get']!.security).toEqual([{ apiKey: [] }]);
  });
});
