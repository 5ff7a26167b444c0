/** Lexical support of a claim by a source: share of the claim's content terms the source contains, plus a negation check. */
import { analyze } from '../text/analyze.js';
import { splitSentences } from '../text/split-sentences.js';

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
 */
export function negationDiffers(claim: string, source: string): boolean {
  const claimTerms = new Set(analyze(claim));
  let best: { sentence: string; overlap: number } | null = null;
  for (const sentence of splitSentences(source.replace(/\n+/g, '. '))) {
    const overlap = analyze(sentence).filter((term) => claimTerms.has(term)).length;
    if (best === null || overlap > best.overlap) best = { sentence, overlap };
  }
  if (best === null || best.overlap === 0) return false;
  return negation.test(claim) !== negation.test(best.sentence);
}
