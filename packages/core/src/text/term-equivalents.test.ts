import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { coversTerm } from './term-equivalents.js';

const present = (text: string) => new Set(analyze(text));

describe('coversTerm', () => {
  it('counts "US" as covered by "United States" and "cost" by "Price"', () => {
    const row = present('Destination: United States; Service: Express; Price: $39');
    expect(coversTerm('us', row)).toBe(true);
    expect(coversTerm('cost', row)).toBe(true);
  });

  it('counts "fix" as covered by "resolve" and "issue" by "problem" (issue 15: troubleshooting questions were declined)', () => {
    const row = present('If the problem persists, try the following to resolve it.');
    expect(coversTerm('fix', row)).toBe(true);
    expect(coversTerm(analyze('issue')[0]!, row)).toBe(true);
    expect(coversTerm('fix', present('Adjust the picture settings.'))).toBe(false);
  });

  it('needs every word of a multi-word equivalent, and leaves unrelated terms uncovered', () => {
    expect(coversTerm('us', present('Ships to all states of the union'))).toBe(false);
    expect(coversTerm('mortgag', present('Price: $39'))).toBe(false);
  });
});
