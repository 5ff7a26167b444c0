import { describe, expect, it } from 'vitest';
import { randomId } from './random-id.js';

describe('randomId', () => {
  it('uses crypto.randomUUID where the page has it', () => {
    expect(randomId({ randomUUID: () => 'from-crypto', getRandomValues: (array) => array })).toBe('from-crypto');
  });

  it('makes a version 4 UUID from random bytes on pages without randomUUID (plain http)', () => {
    const id = randomId({ getRandomValues: (array) => array.fill(0xff) });
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(randomId({ getRandomValues: (array) => array.fill(0) })).toBe('00000000-0000-4000-8000-000000000000');
  });
});
