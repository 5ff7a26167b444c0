/** Turns an utterance into sparse-feature keys: word 1–2-grams and in-word character n-grams (char_wb style). */

export interface IntentFeatureOptions {
  /** Longest word n-gram (1 = unigrams only). */
  readonly wordNgrams: number;
  /** Shortest and longest character n-gram, taken inside space-padded words. */
  readonly charNgramMin: number;
  readonly charNgramMax: number;
}

export const defaultIntentFeatureOptions: IntentFeatureOptions = { wordNgrams: 2, charNgramMin: 2, charNgramMax: 5 };

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Lowercased word tokens; apostrophes are folded so "don’t" and "don't" agree. */
export function intentWords(text: string): string[] {
  return text.toLowerCase().replace(/’/g, "'").match(wordPattern) ?? [];
}

/**
 * Feature keys of one text, with repeats (the caller counts them). Word keys are prefixed `w:` and character
 * keys `c:` so a short word never collides with a character n-gram of the same spelling.
 */
export function intentFeatures(text: string, options: IntentFeatureOptions = defaultIntentFeatureOptions): string[] {
  const tokens = intentWords(text);
  const keys: string[] = [];
  for (let n = 1; n <= options.wordNgrams; n++) {
    for (let i = 0; i + n <= tokens.length; i++) keys.push(`w:${tokens.slice(i, i + n).join(' ')}`);
  }
  for (const token of tokens) {
    // Padding marks word starts and ends, which carry most of the morphology ("refund" vs "refunded").
    const padded = ` ${token} `;
    for (let n = options.charNgramMin; n <= options.charNgramMax; n++) {
      if (n > padded.length) break;
      for (let i = 0; i + n <= padded.length; i++) keys.push(`c:${padded.slice(i, i + n)}`);
    }
  }
  return keys;
}
