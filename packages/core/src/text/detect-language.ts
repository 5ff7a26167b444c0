/**
 * Detects the language of a customer message, with whether the reading is safe to act on: function words first, then
 * tinyld's character n-grams.
 */
import { detectAll } from 'tinyld';
import { functionWordHits, functionWordLanguage, type FunctionWordGuess } from './function-word-language.js';

export interface DetectedLanguage {
  /** ISO 639-1 code of the best reading, or null when the text is too short or too mixed to tell. */
  readonly language: string | null;
  readonly accuracy: number;
  /**
   * True when the reading may be acted on: a language notice, the language the answer is written in, or setting the
   * conversation's earlier language aside. A short English question is English or not confidently anything.
   */
  readonly confident: boolean;
}

// Short texts ("ok", "agent") are guesses; below these the message counts as undetermined, not foreign.
const minLetters = 12;
const minAccuracy = 0.5;
// Character n-grams alone read short Latin-script English as another language with full accuracy ("My top-up hasn't
// gone through" is Tagalog): alone they are trusted on a longer text, or on one with letters English does not use.
const minLettersForNgramsAlone = 40;

/**
 * Function words first (a short question's "can", "my", "how" outvote character n-grams that read it as Hungarian),
 * then tinyld for what they cannot tell apart.
 */
export function detectLanguage(text: string): DetectedLanguage {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < minLetters) return { language: null, accuracy: 0, confident: false };
  const byWords = functionWordLanguage(text);
  // Acronyms are no language's letters: "CSV" alone makes tinyld read a Spanish sentence as Hungarian. A message
  // written all in capitals keeps its words.
  const [best] = detectAll(/\p{Ll}/u.test(text) ? text.replace(/\b\p{Lu}{2,}\b/gu, ' ') : text);
  if (byWords) {
    const confident = best?.lang === byWords.language || wordsAloneDecide(byWords);
    return { language: byWords.language, accuracy: Math.round(byWords.share * 1000) / 1000, confident };
  }
  if (!best || best.accuracy < minAccuracy) return { language: null, accuracy: best?.accuracy ?? 0, confident: false };
  const confident = best.lang === 'en' || ngramsAloneDecide(text, letters);
  return { language: best.lang, accuracy: Math.round(best.accuracy * 1000) / 1000, confident };
}

/**
 * Function words that character n-grams do not back decide on three hits with three quarters of all hits, or, for
 * English, when no other language's function word occurs at all: English is what most messages are written in, and
 * taking an English question for another language costs the customer a notice and an answer they cannot read.
 */
function wordsAloneDecide(guess: FunctionWordGuess): boolean {
  return (guess.hits >= 3 && guess.share >= 0.75) || (guess.language === 'en' && guess.share === 1);
}

/** Another script (Cyrillic, CJK, Arabic…) decides by itself; Latin script needs length or accents, and no English. */
function ngramsAloneDecide(text: string, letters: readonly string[]): boolean {
  const latin = letters.filter((letter) => /\p{Script=Latin}/u.test(letter));
  if (latin.length < letters.length / 2) return true;
  if ((functionWordHits(text).get('en') ?? 0) >= 2) return false;
  return letters.length >= minLettersForNgramsAlone || latin.some((letter) => !/[a-z]/i.test(letter));
}
