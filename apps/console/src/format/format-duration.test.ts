import { describe, expect, it } from 'vitest';
import { formatMilliseconds, formatWaiting } from './format-duration';

describe('formatMilliseconds', () => {
  it('keeps a decimal below ten milliseconds and switches to seconds at one thousand', () => {
    expect(formatMilliseconds(0.42)).toBe('0.4 ms');
    expect(formatMilliseconds(12.6)).toBe('13 ms');
    expect(formatMilliseconds(1250)).toBe('1.25 s');
    expect(formatMilliseconds(null)).toBe('—');
  });
});

describe('formatWaiting', () => {
  const since = '2025-03-01T10:00:00.000Z';
  const at = (seconds: number): number => Date.parse(since) + seconds * 1000;

  it('grows from seconds to minutes, hours and days', () => {
    expect(formatWaiting(since, at(45))).toBe('45s');
    expect(formatWaiting(since, at(185))).toBe('3m 05s');
    expect(formatWaiting(since, at(2 * 3600 + 7 * 60 + 59))).toBe('2h 07m');
    expect(formatWaiting(since, at(3 * 86400 + 4 * 3600))).toBe('3d 4h');
  });

  it('never goes negative when the clocks disagree, and says nothing for an unreadable time', () => {
    expect(formatWaiting(since, at(-30))).toBe('0s');
    expect(formatWaiting('yesterday', at(0))).toBe('—');
  });
});
