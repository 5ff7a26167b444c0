/** Checks an identity token (a JWT the company's backend signs) with jose and turns its claims into a VerifiedIdentity. */
import { createRemoteJWKSet, customFetch, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { SwitchboardError, type VerifiedIdentity } from '@switchboard/spec';

export interface IdentityTokenSettings {
  /** The `identity` section of the config. */
  readonly audience?: string | undefined;
  readonly issuer?: string | undefined;
  readonly jwksUrl?: string | undefined;
  /** SWITCHBOARD_IDENTITY_SECRET, passed in by the app: enables HS256 tokens. */
  readonly secret?: string | undefined;
  /** The time tokens are checked at (tests); the system clock when absent. */
  readonly now?: () => number;
  /** Fetches the JWKS (tests); the global fetch when absent. */
  readonly fetch?: typeof fetch;
}

/** Verifies a token; throws UNAUTHENTICATED when it is forged, expired, for another audience or issuer, or malformed. */
export type IdentityTokenVerifier = (token: string) => Promise<VerifiedIdentity>;

const attributes = ['plan', 'tier', 'locale', 'role', 'email'] as const;
const minimumSecretBytes = 32;

/** Throws CONFIG_INVALID for a secret too short to sign with safely; the caller reports it at start-up. */
export function createIdentityTokenVerifier(settings: IdentityTokenSettings): IdentityTokenVerifier {
  const secret = settings.secret ? new TextEncoder().encode(settings.secret) : null;
  if (secret && secret.byteLength < minimumSecretBytes)
    throw new SwitchboardError(
      'CONFIG_INVALID',
      `SWITCHBOARD_IDENTITY_SECRET is ${secret.byteLength} bytes; use at least ${minimumSecretBytes} random bytes`,
    );
  const remote = settings.jwksUrl
    ? createRemoteJWKSet(new URL(settings.jwksUrl), settings.fetch ? { [customFetch]: settings.fetch } : {})
    : null;
  const algorithms = [...(secret ? ['HS256'] : []), ...(remote ? ['RS256'] : [])];
  // The header's algorithm picks the key, and only the algorithms configured are accepted, so an RS256 public key can
  // never be used as an HS256 secret.
  const key: JWTVerifyGetKey = async (header, token) => {
    if (header.alg === 'HS256' && secret) return secret;
    if (header.alg === 'RS256' && remote) return remote(header, token);
    throw new errors.JOSEAlgNotAllowed('algorithm not allowed');
  };

  return async (token) => {
    if (algorithms.length === 0)
      throw new SwitchboardError('UNAUTHENTICATED', 'identityToken is not accepted: this server does not verify identity tokens');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key, {
        algorithms,
        requiredClaims: ['sub', 'exp'],
        clockTolerance: 30,
        ...(settings.audience ? { audience: settings.audience } : {}),
        ...(settings.issuer ? { issuer: settings.issuer } : {}),
        ...(settings.now ? { currentDate: new Date(settings.now()) } : {}),
      }));
    } catch (error) {
      // One message for every failure but expiry, so a caller cannot probe which check a forged token failed.
      const expired = error instanceof errors.JWTExpired;
      throw new SwitchboardError(
        'UNAUTHENTICATED',
        expired ? 'identityToken has expired; ask your backend for a fresh one' : 'identityToken is not valid',
        { cause: error },
      );
    }
    return identityOf(payload);
  };
}

function identityOf(payload: JWTPayload): VerifiedIdentity {
  if (typeof payload.sub !== 'string' || payload.sub.length === 0)
    throw new SwitchboardError('UNAUTHENTICATED', 'identityToken is not valid');
  const identity: Record<string, string> = { customerId: payload.sub };
  for (const name of attributes) {
    const value = payload[name];
    if (typeof value === 'string' && value.length > 0) identity[name] = value;
  }
  return identity as unknown as VerifiedIdentity;
}
