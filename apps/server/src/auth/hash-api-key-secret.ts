/** The slow hash of a key's secret: scrypt with a per-key salt, compared in constant time. */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt's cost: N = 2^14, r = 8 (about 16 MiB and tens of milliseconds per hash). */
const costs: ScryptOptions = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const hashBytes = 32;

/** A fresh random salt, base64url. */
export function newSalt(): string {
  return randomBytes(16).toString('base64url');
}

/** scrypt of `secret` with `salt` (base64url), as base64url. */
export function hashApiKeySecret(secret: string, salt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    scrypt(secret, Buffer.from(salt, 'base64url'), hashBytes, costs, (error, derived) =>
      error ? reject(error) : resolve(derived.toString('base64url')),
    );
  });
}

/** Whether `secret` hashes to `expected` under `salt`; the comparison takes the same time whatever the bytes. */
export async function secretMatches(secret: string, salt: string, expected: string): Promise<boolean> {
  const actual = Buffer.from(await hashApiKeySecret(secret, salt), 'base64url');
  const stored = Buffer.from(expected, 'base64url');
  // A stored hash of another length (a corrupt row) is compared against zeros, so it costs the same, and fails.
  const same = timingSafeEqual(actual, stored.length === actual.length ? stored : Buffer.alloc(actual.length));
  return same && stored.length === actual.length;
}
