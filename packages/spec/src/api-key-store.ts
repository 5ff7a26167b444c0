/** The repository of API keys: created once, looked up by id on every request, revoked by name. */
import type { ApiKeyRecord } from './api-key.js';

export interface ApiKeyStore {
  /**
   * Stores a new key. Rejects with a `SwitchboardError` `VALIDATION_FAILED` naming the key when a key with the same
   * name (revoked or not) already exists; nothing is written then.
   */
  create(record: ApiKeyRecord): Promise<void>;
  /** The key with this public id, revoked or not, or null when unknown. Read on every request, never cached. */
  get(id: string): Promise<ApiKeyRecord | null>;
  /** Every key, revoked ones included, oldest first. */
  list(): Promise<ApiKeyRecord[]>;
  /**
   * Marks the key named `name` revoked at `at`, effective for every reader of the store at once. Revoking a key that
   * is already revoked keeps its first revocation time. Returns the key as stored, or null when no key has that name.
   */
  revoke(name: string, at: string): Promise<ApiKeyRecord | null>;
  /** Records that the key with this id authenticated a request at `at`; unknown ids are ignored. */
  markUsed(id: string, at: string): Promise<void>;
}
