import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiKeyStore } from '@switchboard/spec';
import { createSqliteStores, type SqliteStores } from '@switchboard/store-sqlite';
import { createApiKey } from './create-api-key.js';
import { createApiKeyVerifier } from './api-key-verifier.js';

/** The store, counting the rows it is asked for. */
function counting(store: ApiKeyStore): ApiKeyStore & { reads: number } {
  const counted = {
    reads: 0,
    create: store.create.bind(store),
    list: store.list.bind(store),
    revoke: store.revoke.bind(store),
    markUsed: store.markUsed.bind(store),
    get: async (id: string) => {
      counted.reads += 1;
      return store.get(id);
    },
  };
  return counted;
}

const elapsed = async (run: () => Promise<unknown>): Promise<number> => {
  const start = performance.now();
  await run();
  return performance.now() - start;
};

describe('createApiKeyVerifier (issue 18)', () => {
  let stores: SqliteStores;
  beforeEach(() => {
    stores = createSqliteStores(':memory:');
  });
  afterEach(() => stores.close());

  it('stores only a salted hash: the key text and its secret are nowhere in the record', async () => {
    const { record, key } = await createApiKey(stores.apiKeys, { name: 'console', scope: 'agent', createdAt: '2026-01-01T00:00:00.000Z' });
    expect(key).toMatch(/^sb_agent_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    const stored = JSON.stringify(await stores.apiKeys.get(record.id));
    expect(stored).not.toContain(key.slice(-43));
    const other = await createApiKey(stores.apiKeys, { name: 'other', scope: 'agent', createdAt: '2026-01-01T00:00:00.000Z' });
    expect(other.record.salt).not.toBe(record.salt);
  });

  it('reads the key row on every call, so a revocation counts at once, but hashes a given secret only once', async () => {
    const store = counting(stores.apiKeys);
    const verify = createApiKeyVerifier({ store, clock: () => Date.now() });
    const { key } = await createApiKey(store, { name: 'console', scope: 'agent', createdAt: '2026-01-01T00:00:00.000Z' });
    const first = await elapsed(() => verify(key));
    const cached = await elapsed(() => verify(key));
    expect(await verify(key)).toMatchObject({ name: 'console', scope: 'agent' });
    expect(store.reads).toBe(3);
    expect(cached).toBeLessThan(first);
    await store.revoke('console', '2026-01-02T00:00:00.000Z');
    expect(await verify(key)).toBeNull();
    expect(store.reads).toBe(4);
  });

  it('spends a hash on an unknown key id too, so timing does not tell which ids exist', async () => {
    const verify = createApiKeyVerifier({ store: stores.apiKeys, clock: () => Date.now() });
    const { key } = await createApiKey(stores.apiKeys, { name: 'console', scope: 'agent', createdAt: '2026-01-01T00:00:00.000Z' });
    const unknown = key.replace(/^sb_agent_[0-9a-f]{16}_/, 'sb_agent_0123456789abcdef_');
    const wrong = `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`;
    const known = await elapsed(() => verify(wrong));
    const missing = await elapsed(() => verify(unknown));
    expect(await verify(unknown)).toBeNull();
    expect(await verify(wrong)).toBeNull();
    // Both run one scrypt; a lookup that skipped it would take well under a millisecond.
    expect(missing).toBeGreaterThan(known / 4);
  });
});
