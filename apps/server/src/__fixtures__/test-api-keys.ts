/** API keys for the HTTP tests: a key of any scope made in the test's own store, and requests that send it. */
import type { InjectOptions } from 'fastify';
import type { ApiKeyScope, ApiKeyStore } from '@switchboard/spec';
import { createApiKey } from '../auth/create-api-key.js';

let made = 0;

/** Creates a key of `scope` in `store` and returns its text (`sb_<scope>_…`). */
export async function createTestKey(store: ApiKeyStore, scope: ApiKeyScope, name = `test-${scope}-${++made}`): Promise<string> {
  return (await createApiKey(store, { name, scope, createdAt: new Date().toISOString() })).key;
}

/** The request with `Authorization: Bearer <key>`, unless it sets its own Authorization header. */
export function withKey(key: string, options: InjectOptions): InjectOptions {
  return { ...options, headers: { authorization: `Bearer ${key}`, ...options.headers } };
}

/** The header that sends `key`, for fetch over real HTTP. */
export function bearer(key: string): { authorization: string } {
  return { authorization: `Bearer ${key}` };
}

/** An admin key named `ops-lead`, an agent key named `ann` and a widget key, made in `store` in that order. */
export async function createTestKeys(store: ApiKeyStore): Promise<{ admin: string; agent: string; widget: string }> {
  const admin = await createTestKey(store, 'admin', 'ops-lead');
  const agent = await createTestKey(store, 'agent', 'ann');
  return { admin, agent, widget: await createTestKey(store, 'widget') };
}
