/** Turns text into index terms: lowercase, split on non-alphanumerics, drop English stop words, Porter-stem. */
import { stemmer } from 'stemmer';
import { eng } from 'stopword';

// The list has "did" and "do" but not "does" or "doing", which stemmed to "doe" and "do" matched documents on
// a question's grammar.
const stopWords = new Set<string>([...eng, 'does', 'doing']);
const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
// Codes such as "E-2041", "SKU-118-B" or "v2.3" are matched as one term as well as their parts.
const codePattern = /\b[\p{L}\p{N}]+(?:[-_.][\p{L}\p{N}]+)+\b/gu;

/** Lowercased word tokens in order, without stemming or stop-word removal. */
export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .match(wordPattern)
      ?.map((word) => word.replace(/['’].*$/, '')) ?? []
  );
}

/** Stems one lowercase word (memoised: the same words recur across a corpus). */
const stemCache = new Map<string, string>();
export function stem(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = /^\p{N}+$/u.test(word) ? word : stemmer(word);
    if (stemCache.size < 200_000) stemCache.set(word, stemmed);
  }
  return stemmed;
}

export function isStopWord(word: string): boolean {
  return stopWords.has(word);
}

/** Index terms of a text: stemmed content words plus joined codes that contain a digit. */
export function analyze(text: string): string[] {
  const terms: string[] = [];
  for (const word of words(text)) {
    if (!stopWords.has(word)) terms.push(stem(word));
  }
  for (const code of text.toLowerCase().match(codePattern) ?? []) {
    if (/\p{N}/u.test(code) && /\p{L}/u.test(code)) terms.push(code.replace(/[-_.]/g, ''));
  }
  return terms;
}

/** Approximate token count used for chunk limits: whitespace-separated words. */
export function countTokens(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}
