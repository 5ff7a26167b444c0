/**
 * A value read from the shared store and trusted for a short while: how every replica follows what an operator changes
 * (the kill switch, a rollout's stage, an experiment, a shadow run) within a second or two, without a restart and
 * without a store read per message. Pure: the clock and the read are parameters.
 */
import type { Clock } from '@switchboard/spec';

/** No replica trusts a read longer than this, whatever it is configured with. */
export const maxRecentReadMilliseconds = 2000;

export interface RecentRead<T> {
  /** The value as read at most `milliseconds` ago, else read again. */
  current(): Promise<T>;
  /** Takes a value this process just wrote as the latest read, so its own change applies at once. */
  remember(value: T): T;
}

export function createRecentRead<T>(read: () => Promise<T>, clock: Clock, milliseconds: number): RecentRead<T> {
  const trusted = Math.min(milliseconds, maxRecentReadMilliseconds);
  let cached: { readonly value: T; readonly readAt: number } | null = null;
  const remember = (value: T): T => {
    cached = { value, readAt: clock() };
    return value;
  };
  return {
    async current() {
      if (cached && clock() - cached.readAt < trusted) return cached.value;
      return remember(await read());
    },
    remember,
  };
}
