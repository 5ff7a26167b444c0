import { describe, expect, it } from 'vitest';
import { queryString } from './query-string';

describe('queryString', () => {
  it('leaves out empty, null and undefined values and encodes the rest', () => {
    expect(queryString({ q: 'refund & return', status: '', intent: null, persona: undefined, limit: 50, handoff: false })).toBe(
      '?q=refund+%26+return&limit=50&handoff=false',
    );
  });

  it('is empty when nothing is set', () => {
    expect(queryString({ q: '', before: null })).toBe('');
  });
});
