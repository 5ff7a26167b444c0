/** Rate limits: messages per customer and per IP, new conversations per IP; 429 RATE_LIMITED with a Retry-After header. */
import type { FastifyReply } from 'fastify';
import { createRateLimiter, type RateLimit, type RateLimiter } from '@switchboard/core/guardrails';
import { SwitchboardError, type Clock } from '@switchboard/spec';

export interface RateLimits {
  readonly perCustomer: RateLimit;
  readonly perIp: RateLimit;
  /** New conversations per IP address; unlimited when absent. */
  readonly conversationsPerIp?: RateLimit;
}

export interface RequestLimits {
  /** Throws RATE_LIMITED (and sets Retry-After) when either the IP or the customer is over its message limit. */
  check(reply: FastifyReply, keys: { readonly ip: string; readonly customer: string }): void;
  /** Throws RATE_LIMITED (and sets Retry-After) when the IP has opened too many conversations. */
  checkConversation(reply: FastifyReply, ip: string): void;
}

export function createRequestLimits(limits: RateLimits, clock: Clock): RequestLimits {
  const perIp = createRateLimiter({ ...limits.perIp, clock });
  const perCustomer = createRateLimiter({ ...limits.perCustomer, clock });
  const conversationsPerIp = limits.conversationsPerIp ? createRateLimiter({ ...limits.conversationsPerIp, clock }) : null;
  const take = (reply: FastifyReply, limiter: RateLimiter, key: string, what: string): void => {
    const decision = limiter.take(key);
    if (decision.allowed) return;
    reply.header('Retry-After', String(decision.retryAfterSeconds));
    throw new SwitchboardError('RATE_LIMITED', `too many ${what}; retry after ${decision.retryAfterSeconds} s`, {
      isRetryable: true,
      details: { retryAfterSeconds: decision.retryAfterSeconds },
    });
  };
  return {
    check(reply, keys) {
      take(reply, perIp, keys.ip, 'messages from this IP address');
      take(reply, perCustomer, keys.customer, 'messages from this customer');
    },
    checkConversation(reply, ip) {
      if (conversationsPerIp) take(reply, conversationsPerIp, ip, 'new conversations from this IP address');
    },
  };
}
