/** A stored API key: its public id, name and scope, and only a slow hash of its secret. */
import type { ApiKeyScope } from './api-key-scope.js';

/** The stored form of an API key. The secret itself is never stored; it is shown once, when the key is created. */
export interface ApiKeyRecord {
  /** Public key id, also written inside the key (`sb_<scope>_<id>_<secret>`), so verification reads one row. */
  readonly id: string;
  /** Unique name chosen by whoever created the key, e.g. `support-console`; `keys revoke` takes it. */
  readonly name: string;
  /** What the key may call. */
  readonly scope: ApiKeyScope;
  /** Per-key random salt of the hash, base64url. */
  readonly salt: string;
  /** Slow hash (scrypt) of the secret with `salt`, base64url. */
  readonly hash: string;
  /** ISO time the key was created. */
  readonly createdAt: string;
  /** ISO time the key last authenticated a request (updated at most about once a minute), or null if never. */
  readonly lastUsedAt: string | null;
  /** ISO time the key was revoked, or null while it works. A revoked key never authenticates again. */
  readonly revokedAt: string | null;
}
