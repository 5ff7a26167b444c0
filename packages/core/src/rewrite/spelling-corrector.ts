/**
 * Spelling correction against the knowledge base's own vocabulary: a word the corpus never uses is
 * replaced by the most frequent corpus word one edit away. Known words are never touched.
 */

export interface SpellingCorrector {
  correct(text: string): { corrected: string; corrections: { from: string; to: string }[] };
}

const alphabet = 'abcdefghijklmnopqrstuvwxyz';

export function createSpellingCorrector(
  vocabulary: ReadonlyMap<string, number>,
  options: { minLength?: number; minCount?: number; maxCachedWords?: number } = {},
): SpellingCorrector {
  const minLength = options.minLength ?? 5;
  const minCount = options.minCount ?? 3;
  const best = (candidates: Iterable<string>): string | null => {
    let choice: string | null = null;
    let count = 0;
    for (const candidate of candidates) {
      const seen = vocabulary.get(candidate) ?? 0;
      if (seen >= minCount && seen > count) {
        choice = candidate;
        count = seen;
      }
    }
    return choice;
  };
  // Queries repeat their misspellings; the corpus vocabulary is fixed for the corrector's lifetime. A server's
  // corrector lives as long as the process and sees every word customers type, so the oldest answers give way.
  const cache = new Map<string, string | null>();
  const maxCached = options.maxCachedWords ?? 10_000;
  return {
    correct(text) {
      const corrections: { from: string; to: string }[] = [];
      const corrected = text.replace(/\p{L}+/gu, (word) => {
        const lower = word.toLowerCase();
        if (lower.length < minLength || vocabulary.has(lower) || !/^[a-z]+$/.test(lower)) return word;
        let replacement = cache.get(lower);
        if (replacement === undefined) {
          replacement = best(edits(lower));
          if (cache.size >= maxCached) cache.delete(cache.keys().next().value!);
          cache.set(lower, replacement);
        }
        if (!replacement) return word;
        corrections.push({ from: word, to: replacement });
        return replacement;
      });
      return { corrected, corrections };
    },
  };
}

function* edits(word: string): Generator<string> {
  for (let i = 0; i <= word.length; i += 1) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    if (right) yield left + right.slice(1);
    if (right.length > 1) yield left + right[1] + right[0] + right.slice(2);
    for (const letter of alphabet) {
      if (right) yield left + letter + right.slice(1);
      yield left + letter + right;
    }
  }
}
