/** Lexical support of a claim by a source: share of the claim's content terms the source contains, plus a negation check. */
import { analyze } from '../text/analyze.js';
import { splitSentences } from '../text/split-sentences.js';
import { verbatimQuote } from './verbatim-quote.js';

const negation = /\b(?:not|no|never|none|nothing|cannot|without|neither|nor|non)\b|n['’]t\b/i;

/** 0..1: how many of the claim's distinct stemmed content terms occur in the source. */
export function lexicalSupport(claim: string, source: string): number {
  const claimTerms = new Set(analyze(claim));
  if (claimTerms.size === 0) return 1;
  const sourceTerms = new Set(analyze(source));
  let found = 0;
  for (const term of claimTerms) if (sourceTerms.has(term)) found += 1;
  return found / claimTerms.size;
}

/**
 * True when the claim and the source sentence it overlaps most disagree on negation
 * ("Sale items are refundable" against "Sale items are non-refundable"): same words, opposite meaning.
 * A claim the source contains word for word, from a sentence start, agrees with it by definition.
 */
export function negationDiffers(claim: string, source: string): boolean {
  if (verbatimQuote(claim, source, { anchored: true })) return false;
  const claimTerms = new Set(analyze(claim));
  let best: { sentence: string; overlap: number; size: number } | null = null;
  for (const sentence of source.split(/\n+/).flatMap(splitSentences)) {
    // A question (a FAQ title) asserts nothing, so it cannot agree or disagree with the claim.
    if (sentence.trimEnd().endsWith('?')) continue;
    // Distinct terms: a long run-on "sentence" repeating the claim's words must not outscore the sentence it quotes.
    const terms = new Set(analyze(sentence));
    let overlap = 0;
    for (const term of terms) if (claimTerms.has(term)) overlap += 1;
    // On a tie the tighter sentence (fewer other terms) is the one the claim restates.
    if (best === null || overlap > best.overlap || (overlap === best.overlap && terms.size < best.size))
      best = { sentence, overlap, size: terms.size };
  }
  if (best === null || best.overlap === 0) return false;
  return negation.test(claim) !== negation.test(best.sentence);
}
