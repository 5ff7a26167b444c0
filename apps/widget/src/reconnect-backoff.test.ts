import { describe, expect, it } from 'vitest';
import { firstReconnectMilliseconds, longestReconnectMilliseconds, reconnectDelay } from './reconnect-backoff.js';

describe('reconnectDelay', () => {
  it('doubles with each attempt', () => {
    const ceilings = [0, 1, 2, 3].map((attempt) => reconnectDelay(attempt, () => 1));
    expect(ceilings).toEqual([1_000, 2_000, 4_000, 8_000]);
  });

  it('never waits longer than the longest delay, however many attempts', () => {
    expect(reconnectDelay(50, () => 0.999)).toBeLessThanOrEqual(longestReconnectMilliseconds);
    expect(reconnectDelay(5_000, () => 1)).toBe(longestReconnectMilliseconds);
  });

  it('spreads reconnects over the upper half of the window, never hammering', () => {
    expect(reconnectDelay(0, () => 0)).toBe(firstReconnectMilliseconds / 2);
    expect(reconnectDelay(3, () => 0)).toBe(4_000);
    expect(reconnectDelay(3, () => 0.5)).toBe(6_000);
  });
});
