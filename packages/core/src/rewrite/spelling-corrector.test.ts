import { describe, expect, it } from 'vitest';
import { createSpellingCorrector } from './spelling-corrector.js';

/** A vocabulary that counts lookups, so a test can tell a cached answer from a computed one. */
class CountingVocabulary extends Map<string, number> {
  lookups = 0;
  override get(key: string): number | undefined {
    this.lookups += 1;
    return super.get(key);
  }
}

describe('createSpellingCorrector', () => {
  it('corrects a word one edit from a frequent corpus word, and leaves known words alone', () => {
    const corrector = createSpellingCorrector(
      new Map([
        ['invoice', 5],
        ['refund', 5],
      ]),
    );
    expect(corrector.correct('my invoce and refund')).toEqual({
      corrected: 'my invoice and refund',
      corrections: [{ from: 'invoce', to: 'invoice' }],
    });
  });

  it('keeps at most maxCachedWords answers, computing an evicted word again with the same result', () => {
    const vocabulary = new CountingVocabulary([['invoice', 5]]);
    const corrector = createSpellingCorrector(vocabulary, { maxCachedWords: 2 });
    corrector.correct('invoce');
    const once = vocabulary.lookups;
    corrector.correct('invoce');
    expect(vocabulary.lookups).toBe(once);
    corrector.correct('alpha bravo');
    const before = vocabulary.lookups;
    expect(corrector.correct('invoce').corrected).toBe('invoice');
    expect(vocabulary.lookups).toBeGreaterThan(before);
  });
});
