/** The demo's keys: an admin key made once per workspace (its secret shown once), and short-lived widget keys for the demo page and `demo --smoke`. */
import { randomBytes } from 'node:crypto';
import { createApiKey } from '@switchboard/server';
import type { ApiKeyStore } from '@switchboard/spec';
import { wallClock } from '../runtime.js';

const now = (): string => new Date(wallClock()).toISOString();

/** The new admin key's text when the store had no working admin key, or null when it has one (whose secret is not stored). */
export async function ensureDemoAdminKey(store: ApiKeyStore): Promise<string | null> {
  const keys = await store.list();
  if (keys.some((key) => key.scope === 'admin' && key.revokedAt === null)) return null;
  const taken = new Set(keys.map((key) => key.name));
  let name = 'demo-admin';
  for (let n = 2; taken.has(name); n += 1) name = `demo-admin-${n}`;
  return (await createApiKey(store, { name, scope: 'admin', createdAt: now() })).key;
}

/** A widget key for one demo run (the smoke request, the /demo page); `revoke` retires it when the run ends. */
export async function temporaryWidgetKey(store: ApiKeyStore, purpose: 'smoke' | 'page'): Promise<{ key: string; revoke(): Promise<void> }> {
  const name = `demo-${purpose}-${randomBytes(4).toString('hex')}`;
  const { key } = await createApiKey(store, { name, scope: 'widget', createdAt: now() });
  return { key, revoke: async () => void (await store.revoke(name, now())) };
}
