/** Creates an API key: stores its id, name, scope and salted hash, and returns the secret key text exactly once. */
import { SwitchboardError, type ApiKeyRecord, type ApiKeyScope, type ApiKeyStore } from '@switchboard/spec';
import { generateApiKey } from './api-key-format.js';
import { hashApiKeySecret, newSalt } from './hash-api-key-secret.js';

export interface NewApiKey {
  /** What was stored (no secret in it). */
  readonly record: ApiKeyRecord;
  /** The key to hand to its user, `sb_<scope>_<id>_<secret>`; it cannot be shown again. */
  readonly key: string;
}

const namePattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** `createdAt` is an ISO time. Rejects a malformed or taken name with VALIDATION_FAILED. */
export async function createApiKey(
  store: ApiKeyStore,
  options: { readonly name: string; readonly scope: ApiKeyScope; readonly createdAt: string },
): Promise<NewApiKey> {
  if (!namePattern.test(options.name))
    throw new SwitchboardError(
      'VALIDATION_FAILED',
      `key name '${options.name}' is not valid: use 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit`,
    );
  const generated = generateApiKey(options.scope);
  const salt = newSalt();
  const record: ApiKeyRecord = {
    id: generated.id,
    name: options.name,
    scope: options.scope,
    salt,
    hash: await hashApiKeySecret(generated.secret, salt),
    createdAt: options.createdAt,
    lastUsedAt: null,
    revokedAt: null,
  };
  await store.create(record);
  return { record, key: generated.key };
}
