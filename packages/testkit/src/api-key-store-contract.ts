/** The contract every ApiKeyStore implementation passes. */
import { describe, expect, it } from 'vitest';
import { isSwitchboardError, type ApiKeyRecord, type ApiKeyStore } from '@switchboard/spec';

export interface ApiKeyStoreHarness {
  readonly apiKeys: ApiKeyStore;
  close(): Promise<void> | void;
}

const key = (id: string, name: string, scope: ApiKeyRecord['scope'] = 'agent'): ApiKeyRecord => ({
  id,
  name,
  scope,
  salt: `salt-${id}`,
  hash: `hash-${id}`,
  createdAt: '2026-01-01T00:00:00.000Z',
  lastUsedAt: null,
  revokedAt: null,
});

export function apiKeyStoreContract(name: string, open: () => Promise<ApiKeyStoreHarness>): void {
  describe(`ApiKeyStore contract: ${name}`, () => {
    it('creates a key and reads it back by id, and lists keys oldest first', async () => {
      const { apiKeys, close } = await open();
      try {
        await apiKeys.create(key('k1', 'console', 'admin'));
        await apiKeys.create(key('k2', 'widget-site', 'widget'));
        expect(await apiKeys.get('k1')).toEqual(key('k1', 'console', 'admin'));
        expect(await apiKeys.get('missing')).toBeNull();
        expect((await apiKeys.list()).map((record) => [record.name, record.scope])).toEqual([
          ['console', 'admin'],
          ['widget-site', 'widget'],
        ]);
      } finally {
        await close();
      }
    });

    it('refuses a second key with the same name with VALIDATION_FAILED naming it, and writes nothing', async () => {
      const { apiKeys, close } = await open();
      try {
        await apiKeys.create(key('k1', 'console'));
        const error = await apiKeys.create(key('k2', 'console')).catch((caught: unknown) => caught);
        expect(isSwitchboardError(error) && error.code).toBe('VALIDATION_FAILED');
        expect((error as Error).message).toContain("'console'");
        expect(await apiKeys.get('k2')).toBeNull();
        expect(await apiKeys.list()).toHaveLength(1);
      } finally {
        await close();
      }
    });

    it('revokes by name at once, keeps the first revocation time, and answers null for an unknown name', async () => {
      const { apiKeys, close } = await open();
      try {
        await apiKeys.create(key('k1', 'console'));
        expect(await apiKeys.revoke('console', '2026-01-02T00:00:00.000Z')).toMatchObject({
          id: 'k1',
          revokedAt: '2026-01-02T00:00:00.000Z',
        });
        expect((await apiKeys.get('k1'))?.revokedAt).toBe('2026-01-02T00:00:00.000Z');
        expect((await apiKeys.revoke('console', '2026-01-03T00:00:00.000Z'))?.revokedAt).toBe('2026-01-02T00:00:00.000Z');
        expect(await apiKeys.revoke('nobody', '2026-01-03T00:00:00.000Z')).toBeNull();
        const again = await apiKeys.create(key('k3', 'console')).catch((caught: unknown) => caught);
        expect(isSwitchboardError(again) && again.code).toBe('VALIDATION_FAILED');
      } finally {
        await close();
      }
    });

    it('records when a key was last used and ignores unknown ids', async () => {
      const { apiKeys, close } = await open();
      try {
        await apiKeys.create(key('k1', 'console'));
        await apiKeys.markUsed('k1', '2026-01-05T00:00:00.000Z');
        await apiKeys.markUsed('missing', '2026-01-05T00:00:00.000Z');
        expect(await apiKeys.get('k1')).toEqual({ ...key('k1', 'console'), lastUsedAt: '2026-01-05T00:00:00.000Z' });
      } finally {
        await close();
      }
    });
  });
}
