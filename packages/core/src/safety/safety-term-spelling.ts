/**
 * Misspelt words of the mandatory-handoff categories ("my lawer", "take you to cuort", "sucide"): a customer in a
 * hurry types them wrong, and the rules, which read whole words, missed them. A word one edit (insertion, deletion,
 * substitution or swap) from a word of this list, and not itself in it, is read as that word before the rules look
 * again. The list holds only long, distinctive words, and words one edit from a common one ("hacked": backed, packed)
 * are left out. Measured on 26,162 benign intent training rows (banking77, clinc150, banking77-oos): no row changes.
 */
import { createSpellingCorrector, type SpellingCorrector } from '../rewrite/spelling-corrector.js';

export const safetyTerms: readonly string[] = [
  // legal_threat
  'lawyer',
  'lawyers',
  'attorney',
  'attorneys',
  'solicitor',
  'solicitors',
  'lawsuit',
  'court',
  'litigation',
  'ombudsman',
  'regulator',
  // financial_dispute
  'chargeback',
  'dispute',
  'overcharged',
  // fraud
  'fraud',
  'fraudulent',
  'fraudster',
  'scammed',
  'scammer',
  'unauthorized',
  'unauthorised',
  'unrecognized',
  'unrecognised',
  'stolen',
  'compromised',
  // self_harm
  'suicide',
  'suicidal',
  'overdose',
];

/** Common words one edit from a safety term: read as themselves. */
export const neverCorrected: ReadonlySet<string> = new Set(['count']);

/**
 * The corrector. A word that begins with its correction, or that its correction begins with, is another form of the
 * word ("regulatory", "disputed"), not a typo, and stays as written.
 */
export function createSafetyTermSpelling(): SpellingCorrector {
  const vocabulary = new Map<string, number>();
  for (const term of safetyTerms) vocabulary.set(term, 1);
  for (const word of neverCorrected) vocabulary.set(word, 0);
  // minCount 1: every listed term is a candidate; a neverCorrected word is "known" (so never touched) but never chosen.
  const corrector = createSpellingCorrector(vocabulary, { minLength: 5, minCount: 1 });
  return {
    correct(text) {
      const { corrections } = corrector.correct(text);
      const typos = corrections.filter(({ from, to }) => {
        const word = from.toLowerCase();
        return !word.startsWith(to) && !to.startsWith(word);
      });
      if (typos.length === corrections.length) return corrector.correct(text);
      const wanted = new Map(typos.map(({ from, to }) => [from, to]));
      const corrected = text.replace(/\p{L}+/gu, (word) => wanted.get(word) ?? word);
      return { corrected, corrections: typos };
    },
  };
}
