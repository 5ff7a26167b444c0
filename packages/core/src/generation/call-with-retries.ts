/** Retries a call on retryable failures with exponential backoff, never sleeping past the deadline. */
import { isSwitchboardError } from '@switchboard/spec';

/** Waits `ms` milliseconds; rejects early when the signal aborts. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface RetryOptions {
  /** Extra attempts after the first. */
  readonly retries: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export interface RetryContext {
  readonly sleep: Sleep;
  /** Milliseconds left before the overall deadline. */
  readonly remainingMs: () => number;
  readonly signal?: AbortSignal;
  /** Called before each retry, for the trace. */
  readonly onRetry?: (error: unknown, attempt: number) => void;
}

export async function callWithRetries<T>(call: () => Promise<T>, options: RetryOptions, context: RetryContext): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      // Only adapters know whether a call is safe to repeat; they say so with isRetryable (429, 5xx, timeouts, broken streams).
      const retryable = isSwitchboardError(error) && error.isRetryable;
      if (!retryable || attempt >= options.retries || context.signal?.aborted) throw error;
      const retryAfter = Number(error.details['retryAfterMs'] ?? 0);
      const delay = Math.max(
        Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt),
        Number.isFinite(retryAfter) ? retryAfter : 0,
      );
      if (delay >= context.remainingMs()) throw error;
      context.onRetry?.(error, attempt + 1);
      await context.sleep(delay, context.signal);
    }
  }
}
