/**
 * Words that frame a question rather than name what it is about. "How long" asks for a duration, which the answer
 * states in figures ("5–10 business days") without the word "long"; matching "long" instead finds whichever article
 * has "How long …" in a heading, whatever it is about.
 */
const framing = /\bhow (long|often|soon)\b/gi;

/** Index terms (analyzed forms) that only frame this question. */
export function questionFramingTerms(question: string): Set<string> {
  return new Set([...question.matchAll(framing)].map((match) => match[1]!.toLowerCase()));
}
