/** Verifies a presented API key: one row read by its public id on every call (so revocation is immediate), scrypt at most once per key and secret. */
import { createHash } from 'node:crypto';
import type { ApiKeyScope, ApiKeyStore, Clock } from '@switchboard/spec';
import { parseApiKey } from './api-key-format.js';
import { secretMatches } from './hash-api-key-secret.js';

/** A key that authenticated a request. */
export interface VerifiedApiKey {
  readonly id: string;
  readonly name: string;
  readonly scope: ApiKeyScope;
}

/** The key behind `presented`, or null when it is malformed, unknown, wrong or revoked (the caller cannot tell which). */
export type VerifyApiKey = (presented: string) => Promise<VerifiedApiKey | null>;

export interface ApiKeyVerifierOptions {
  readonly store: ApiKeyStore;
  readonly clock: Clock;
  /** Verified (key id, secret) pairs remembered by this process; default 1000. */
  readonly cacheSize?: number;
}

/** How often one process writes a key's `lastUsedAt`. */
const markUsedEveryMs = 60_000;
const dummySalt = 'c3dpdGNoYm9hcmQtZHVtbXk';
const dummyHash = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export function createApiKeyVerifier(options: ApiKeyVerifierOptions): VerifyApiKey {
  const cacheSize = options.cacheSize ?? 1000;
  // Only the result of the expensive hash comparison is remembered, never whether the key is revoked.
  const matched = new Set<string>();
  const lastMarked = new Map<string, number>();

  const matches = async (secret: string, salt: string, hash: string, cacheKey: string): Promise<boolean> => {
    if (matched.has(cacheKey)) return true;
    if (!(await secretMatches(secret, salt, hash))) return false;
    if (matched.size >= cacheSize) matched.delete(matched.values().next().value!);
    matched.add(cacheKey);
    return true;
  };

  return async (presented) => {
    const parts = parseApiKey(presented);
    const record = parts ? await options.store.get(parts.id) : null;
    if (!parts || !record) {
      // An unknown id costs a hash too, so timing does not tell which key ids exist.
      await secretMatches(parts?.secret ?? presented, dummySalt, dummyHash);
      return null;
    }
    const digest = createHash('sha256').update(parts.secret).digest('base64url');
    const ok = await matches(parts.secret, record.salt, record.hash, `${record.id}:${record.hash}:${digest}`);
    if (!ok || record.revokedAt !== null || record.scope !== parts.scope) return null;
    const now = options.clock();
    if (now - (lastMarked.get(record.id) ?? -Infinity) >= markUsedEveryMs) {
      lastMarked.set(record.id, now);
      await options.store.markUsed(record.id, new Date(now).toISOString());
    }
    return { id: record.id, name: record.name, scope: record.scope };
  };
}
