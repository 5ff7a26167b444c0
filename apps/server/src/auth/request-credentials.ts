/** Reads the bearer credential of a request and checks an API key's scope: 401 UNAUTHENTICATED or 403 FORBIDDEN. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SwitchboardError, type ApiKeyScope } from '@switchboard/spec';
import type { VerifiedApiKey, VerifyApiKey } from './api-key-verifier.js';

/** The text after `Bearer ` in the Authorization header, or null when there is none. */
export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header) : null;
  return match?.[1] ?? null;
}

/** The same answer for a missing, malformed, unknown, wrong or revoked key: it never says whether a key id exists. */
export function unauthenticated(reply: FastifyReply): SwitchboardError {
  reply.header('www-authenticate', 'Bearer');
  return new SwitchboardError(
    'UNAUTHENTICATED',
    'this route needs a valid API key: send Authorization: Bearer <key> (create one with `switchboard keys create`)',
  );
}

/** The key each request was let in with, for handlers that need to know who called (GET /v1/me). */
const verifiedKeys = new WeakMap<FastifyRequest, VerifiedApiKey>();

/** The API key that authorized the request, or null when none did (an open route, a conversation token). */
export function verifiedKeyOf(request: FastifyRequest): VerifiedApiKey | null {
  return verifiedKeys.get(request) ?? null;
}

/** The verified key of the request when its scope is one of `allowed`; throws 401 or 403 otherwise. */
export async function requireScope(
  request: FastifyRequest,
  reply: FastifyReply,
  verify: VerifyApiKey,
  allowed: readonly ApiKeyScope[],
): Promise<VerifiedApiKey> {
  const token = bearerToken(request);
  const key = token === null ? null : await verify(token);
  if (key === null) throw unauthenticated(reply);
  if (!allowed.includes(key.scope))
    throw new SwitchboardError(
      'FORBIDDEN',
      `${withArticle(key.scope)} key may not call ${request.method} ${request.routeOptions.url ?? request.url}; it needs ${allowed.map(withArticle).join(' or ')} key`,
    );
  verifiedKeys.set(request, key);
  return key;
}

function withArticle(scope: ApiKeyScope): string {
  return `${scope === 'widget' ? 'a' : 'an'} ${scope}`;
}
