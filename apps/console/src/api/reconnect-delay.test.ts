import { describe, expect, it } from 'vitest';
import { reconnectDelay } from './reconnect-delay';

describe('reconnectDelay', () => {
  it('doubles from one second and stops growing at thirty', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map((attempt) => reconnectDelay(attempt, 0.999999))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000,
    ]);
  });

  it('spreads each wait between half and all of its ceiling', () => {
    expect(reconnectDelay(2, 0)).toBe(2000);
    expect(reconnectDelay(2, 0.5)).toBe(3000);
  });
});
