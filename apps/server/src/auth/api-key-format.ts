/** The text form of an API key, `sb_<scope>_<id>_<secret>`: the public id names the row, the secret is checked against its hash. */
import { randomBytes } from 'node:crypto';
import { apiKeyScopes, type ApiKeyScope } from '@switchboard/spec';

/** The parts of a presented key. */
export interface ApiKeyParts {
  readonly scope: ApiKeyScope;
  /** 16 hex characters; public, stored in the clear. */
  readonly id: string;
  /** 43 base64url characters (32 random bytes); never stored. */
  readonly secret: string;
}

const keyPattern = new RegExp(`^sb_(${apiKeyScopes.join('|')})_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$`);

/** A fresh key of this scope: a random id and a random secret. */
export function generateApiKey(scope: ApiKeyScope): ApiKeyParts & { readonly key: string } {
  const id = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { scope, id, secret, key: `sb_${scope}_${id}_${secret}` };
}

/** The parts of `text`, or null when it is not shaped like a Switchboard API key. */
export function parseApiKey(text: string): ApiKeyParts | null {
  const match = keyPattern.exec(text);
  if (!match) return null;
  return { scope: match[1] as ApiKeyScope, id: match[2]!, secret: match[3]! };
}
