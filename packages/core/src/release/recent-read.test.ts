import { describe, expect, it } from 'vitest';
import { createRecentRead } from './recent-read.js';

describe('createRecentRead', () => {
  it('reads again only once the value is older than trusted, capped at two seconds, and takes a write at once', async () => {
    let now = 0;
    let stored = 'a';
    let reads = 0;
    const read = async () => (reads++, stored);
    const shared = createRecentRead(read, () => now, 60_000);
    expect(await shared.current()).toBe('a');
    stored = 'b';
    now = 1999;
    expect([await shared.current(), reads]).toEqual(['a', 1]);
    now = 2000;
    expect([await shared.current(), reads]).toEqual(['b', 2]);
    shared.remember('c');
    expect([await shared.current(), reads]).toEqual(['c', 2]);
  });
});
