/** A per-provider circuit breaker: opens after consecutive failures, lets one trial call through after a cool-down. */
import type { Clock } from '@switchboard/spec';

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. */
  readonly failureThreshold: number;
  /** How long an open circuit refuses calls before one trial call is allowed. */
  readonly cooldownMs: number;
  readonly clock: Clock;
}

export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitBreaker {
  /** True when a call may go out now; in half-open state only the first caller gets true. */
  allow(): boolean;
  recordSuccess(): void;
  recordFailure(): void;
  readonly state: CircuitState;
}

export function createCircuitBreaker(options: CircuitBreakerOptions): CircuitBreaker {
  let failures = 0;
  let openedAt: number | null = null;
  let trialInFlight = false;
  const state = (): CircuitState => {
    if (openedAt === null) return 'closed';
    return options.clock() - openedAt >= options.cooldownMs ? 'half-open' : 'open';
  };
  return {
    allow() {
      const current = state();
      if (current === 'closed') return true;
      if (current === 'open' || trialInFlight) return false;
      trialInFlight = true;
      return true;
    },
    recordSuccess() {
      failures = 0;
      openedAt = null;
      trialInFlight = false;
    },
    recordFailure() {
      failures += 1;
      trialInFlight = false;
      // A failed trial re-opens for a full cool-down; otherwise open once the threshold is reached.
      if (openedAt !== null || failures >= options.failureThreshold) openedAt = options.clock();
    },
    get state() {
      return state();
    },
  };
}
