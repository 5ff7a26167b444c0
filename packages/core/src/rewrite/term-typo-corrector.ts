/**
 * Reads words typed one edit away from a short list of terms as those terms ("lawer" → lawyer, "persn" → person), for
 * checks that look for a few critical words and must not miss them for a slip of the finger. Unlike the knowledge
 * speller, the vocabulary is the list alone, so a word that begins with its correction, or that its correction begins
 * with, is taken for another form of the word ("regulatory", "persona", "disputed"), not a typo, and stays as written.
 */
import { createSpellingCorrector, type SpellingCorrector } from './spelling-corrector.js';

export interface TermTypoOptions {
  /** Common words one edit from a term, read as themselves ("count" is not "court"). */
  readonly neverCorrected?: Iterable<string>;
  /** Shorter words are never corrected; default 5. */
  readonly minLength?: number;
}

export function createTermTypoCorrector(terms: readonly string[], options: TermTypoOptions = {}): SpellingCorrector {
  const vocabulary = new Map<string, number>();
  for (const term of terms) vocabulary.set(term, 1);
  // Known (so never touched) but never chosen: minCount is 1 and these count 0.
  for (const word of options.neverCorrected ?? []) vocabulary.set(word, 0);
  const corrector = createSpellingCorrector(vocabulary, { minLength: options.minLength ?? 5, minCount: 1 });
  return {
    correct(text) {
      const { corrected, corrections } = corrector.correct(text);
      const typos = corrections.filter(({ from, to }) => {
        const word = from.toLowerCase();
        return !word.startsWith(to) && !to.startsWith(word);
      });
      if (typos.length === corrections.length) return { corrected, corrections };
      const wanted = new Map(typos.map(({ from, to }) => [from, to]));
      return { corrected: text.replace(/\p{L}+/gu, (word) => wanted.get(word) ?? word), corrections: typos };
    },
  };
}
