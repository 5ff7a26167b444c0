/** Splits prose into sentences at terminal punctuation followed by a capital, digit or quote. */

// Abbreviations that end with a period but rarely end a sentence.
const abbreviations = /\b(?:e\.g|i\.e|etc|vs|approx|no|mr|mrs|ms|dr|inc|ltd|st)\.$/i;

export function splitSentences(text: string): string[] {
  const pieces = text.split(/(?<=[.!?])["')\]]*\s+(?=["'([]?[\p{Lu}\p{N}])/u);
  const sentences: string[] = [];
  for (const piece of pieces) {
    const trimmed = piece.trim();
    if (!trimmed) continue;
    const previous = sentences[sentences.length - 1];
    if (previous !== undefined && abbreviations.test(previous)) sentences[sentences.length - 1] = `${previous} ${trimmed}`;
    else sentences.push(trimmed);
  }
  return sentences;
}
