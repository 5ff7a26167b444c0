import { describe, expect, it } from 'vitest';
import { matchesSubset } from './matches-subset.js';

describe('matchesSubset', () => {
  it('matches objects key by key, letting the call have more keys', () => {
    expect(matchesSubset({ order_id: '#W1' }, { order_id: '#W1', reason: 'x' })).toBe(true);
    expect(matchesSubset({ order_id: '#W1', reason: 'y' }, { order_id: '#W1', reason: 'x' })).toBe(false);
    expect(matchesSubset({ address: { zip: '10115' } }, { address: { zip: '10115', city: 'Berlin' } })).toBe(true);
    expect(matchesSubset({ missing: null }, {})).toBe(false);
  });

  it('matches arrays element by element and scalars by their text', () => {
    expect(matchesSubset({ items: ['a', 'b'] }, { items: ['a', 'b'] })).toBe(true);
    expect(matchesSubset({ items: ['a'] }, { items: ['a', 'b'] })).toBe(false);
    expect(matchesSubset({ quantity: 2 }, { quantity: '2' })).toBe(true);
    expect(matchesSubset({ quantity: 2 }, { quantity: { value: 2 } })).toBe(false);
    expect(matchesSubset({ note: null }, { note: null })).toBe(true);
  });
});
