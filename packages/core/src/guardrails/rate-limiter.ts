/** A sliding-window rate limiter per key (customer, IP); pure, with an injected clock. */
import type { Clock } from '@switchboard/spec';

export interface RateLimit {
  /** Requests allowed per window. */
  readonly limit: number;
  readonly windowSeconds: number;
}

export interface RateDecision {
  readonly allowed: boolean;
  readonly remaining: number;
  /** Whole seconds until the next request would be allowed; 0 when allowed. */
  readonly retryAfterSeconds: number;
}

export interface RateLimiter {
  /** Counts one request for `key` when allowed; refused requests do not count. */
  take(key: string): RateDecision;
}

export function createRateLimiter(options: RateLimit & { readonly clock: Clock; readonly maxKeys?: number }): RateLimiter {
  const windowMs = options.windowSeconds * 1000;
  const maxKeys = options.maxKeys ?? 100_000;
  const hits = new Map<string, number[]>();
  return {
    take(key) {
      const now = options.clock();
      const recent = (hits.get(key) ?? []).filter((at) => at > now - windowMs);
      if (recent.length >= options.limit) {
        hits.set(key, recent);
        const oldest = recent[0] ?? now;
        return { allowed: false, remaining: 0, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - now) / 1000)) };
      }
      recent.push(now);
      hits.delete(key);
      hits.set(key, recent);
      // Map order is insertion order, so the first key is the least recently seen; bound memory by dropping it.
      if (hits.size > maxKeys) hits.delete(hits.keys().next().value as string);
      return { allowed: true, remaining: options.limit - recent.length, retryAfterSeconds: 0 };
    },
  };
}
