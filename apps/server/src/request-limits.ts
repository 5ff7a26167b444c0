/** Per-customer and per-IP rate limits on the message route: 429 RATE_LIMITED with a Retry-After header. */
import type { FastifyReply } from 'fastify';
import { createRateLimiter, type RateLimit } from '@switchboard/core';
import { SwitchboardError, type Clock } from '@switchboard/spec';

export interface RequestLimits {
  /** Throws RATE_LIMITED (and sets Retry-After) when either the IP or the customer is over its limit. */
  check(reply: FastifyReply, keys: { readonly ip: string; readonly customer: string }): void;
}

export function createRequestLimits(limits: { readonly perCustomer: RateLimit; readonly perIp: RateLimit }, clock: Clock): RequestLimits {
  const perIp = createRateLimiter({ ...limits.perIp, clock });
  const perCustomer = createRateLimiter({ ...limits.perCustomer, clock });
  return {
    check(reply, keys) {
      for (const [scope, limiter, key] of [
        ['IP address', perIp, keys.ip],
        ['customer', perCustomer, keys.customer],
      ] as const) {
        const decision = limiter.take(key);
        if (decision.allowed) continue;
        reply.header('Retry-After', String(decision.retryAfterSeconds));
        throw new SwitchboardError('RATE_LIMITED', `too many messages from this ${scope}; retry after ${decision.retryAfterSeconds} s`, {
          isRetryable: true,
          details: { retryAfterSeconds: decision.retryAfterSeconds },
        });
      }
    },
  };
}
