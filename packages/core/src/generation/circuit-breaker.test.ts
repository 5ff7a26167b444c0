import { SwitchboardError } from '@switchboard/spec';
import { describe, expect, it } from 'vitest';
import { callWithRetries } from './call-with-retries.js';
import { createCircuitBreaker } from './circuit-breaker.js';

describe('createCircuitBreaker', () => {
  it('opens after consecutive failures, lets one trial through after the cool-down, and closes on success', () => {
    let now = 0;
    const breaker = createCircuitBreaker({ failureThreshold: 2, cooldownMs: 1000, clock: () => now });
    breaker.recordFailure();
    expect(breaker.allow()).toBe(true);
    breaker.recordFailure();
    expect(breaker.state).toBe('open');
    expect(breaker.allow()).toBe(false);
    now = 1000;
    expect(breaker.allow()).toBe(true);
    expect(breaker.allow()).toBe(false);
    breaker.recordFailure();
    expect(breaker.state).toBe('open');
    now = 2000;
    expect(breaker.allow()).toBe(true);
    breaker.recordSuccess();
    expect(breaker.state).toBe('closed');
  });
});

describe('callWithRetries', () => {
  const retryable = () => new SwitchboardError('PROVIDER_FAILURE', 'busy', { isRetryable: true, details: { retryAfterMs: 700 } });
  it('retries retryable failures with growing delays, honouring Retry-After', async () => {
    const slept: number[] = [];
    let calls = 0;
    const result = await callWithRetries(
      async () => {
        calls += 1;
        if (calls < 3) throw calls === 1 ? new SwitchboardError('PROVIDER_FAILURE', 'busy', { isRetryable: true }) : retryable();
        return 'ok';
      },
      { retries: 3, baseDelayMs: 100, maxDelayMs: 1000 },
      { sleep: async (ms) => void slept.push(ms), remainingMs: () => 10_000 },
    );
    expect(result).toBe('ok');
    expect(slept).toEqual([100, 700]);
  });

  it('does not retry errors that are not retryable, nor sleep past the deadline', async () => {
    const fatal = new SwitchboardError('PROVIDER_FAILURE', 'bad key', { isRetryable: false });
    let calls = 0;
    const context = { sleep: async () => undefined, remainingMs: () => 50 };
    await expect(
      callWithRetries(async () => ((calls += 1), Promise.reject(fatal)), { retries: 3, baseDelayMs: 10, maxDelayMs: 10 }, context),
    ).rejects.toBe(fatal);
    await expect(
      callWithRetries(async () => ((calls += 1), Promise.reject(retryable())), { retries: 3, baseDelayMs: 10, maxDelayMs: 10 }, context),
    ).rejects.toThrow('busy');
    expect(calls).toBe(2);
  });
});
