import { describe, expect, it } from 'vitest';
import { dayRange } from './day-range';

describe('dayRange', () => {
  it('ends at now and starts the given number of days before', () => {
    expect(dayRange(7, Date.parse('2025-03-08T12:00:00.000Z'))).toEqual({
      from: '2025-03-01T12:00:00.000Z',
      to: '2025-03-08T12:00:00.000Z',
    });
  });
});
