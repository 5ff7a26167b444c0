import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createIdentityTokenVerifier } from './verify-identity-token.js';

const secret = 'a-company-backend-secret-of-32-bytes!';
const now = Date.parse('2026-06-01T12:00:00Z');
const seconds = Math.floor(now / 1000);
const hs256 = (claims: Record<string, unknown>, key = secret) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('user_ada')
    .setAudience('switchboard')
    .setIssuedAt(seconds)
    .setExpirationTime(seconds + 600)
    .sign(new TextEncoder().encode(key));
const verifier = () => createIdentityTokenVerifier({ secret, audience: 'switchboard', now: () => now });
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { code: string; message: string }) => error,
  );

describe('createIdentityTokenVerifier', () => {
  it('turns a valid HS256 token into the verified customer id and attributes', async () => {
    const token = await hs256({ plan: 'enterprise', tier: 'gold', locale: 'de-DE', role: 'admin', email: 'ada@example.com', extra: 1 });
    expect(await verifier()(token)).toEqual({
      customerId: 'user_ada',
      plan: 'enterprise',
      tier: 'gold',
      locale: 'de-DE',
      role: 'admin',
      email: 'ada@example.com',
    });
  });

  it('refuses a token signed with another secret, without saying which check failed', async () => {
    const error = await rejection(verifier()(await hs256({}, 'someone-elses-secret-of-32-bytes-long')));
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED', message: 'identityToken is not valid' });
  });

  it('refuses an expired token', async () => {
    const token = await hs256({});
    const later = createIdentityTokenVerifier({ secret, audience: 'switchboard', now: () => now + 3_600_000 });
    expect(await rejection(later(token))).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/expired/) });
  });

  it('refuses a token for another audience or issuer', async () => {
    const token = await hs256({});
    const otherAudience = createIdentityTokenVerifier({ secret, audience: 'another-app', now: () => now });
    const withIssuer = createIdentityTokenVerifier({ secret, audience: 'switchboard', issuer: 'https://shop.example', now: () => now });
    expect(await rejection(otherAudience(token))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await rejection(withIssuer(token))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses an unsigned token, garbage, and a token without an expiry', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const body = Buffer.from(JSON.stringify({ sub: 'user_ada', aud: 'switchboard', exp: seconds + 600 })).toString('base64url');
    const noExpiry = await new SignJWT({ sub: 'user_ada', aud: 'switchboard' })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode(secret));
    for (const token of [`${header}.${body}.`, 'not-a-jwt', noExpiry])
      expect(await rejection(verifier()(token))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses every token when neither a secret nor a JWKS is configured', async () => {
    const error = await rejection(createIdentityTokenVerifier({ now: () => now })(await hs256({})));
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses a secret shorter than 32 bytes at start-up', () => {
    expect(() => createIdentityTokenVerifier({ secret: 'short' })).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID' }));
  });

  it('verifies RS256 against the configured JWKS, and refuses an HS256 token signed with the public key', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256' };
    const fetchJwks = (async () => Response.json({ keys: [jwk] })) as unknown as typeof fetch;
    const verify = createIdentityTokenVerifier({
      jwksUrl: 'https://shop.example/jwks.json',
      audience: 'switchboard',
      now: () => now,
      fetch: fetchJwks,
    });
    const token = await new SignJWT({ plan: 'team' })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setSubject('user_bo')
      .setAudience('switchboard')
      .setExpirationTime(seconds + 600)
      .sign(privateKey);
    expect(await verify(token)).toEqual({ customerId: 'user_bo', plan: 'team' });
    const confused = await hs256({}, JSON.stringify(jwk));
    expect(await rejection(verify(confused))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
