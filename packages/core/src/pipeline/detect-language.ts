/** Detects the language of a customer message (tinyld), and words the honest note for English-only knowledge. */
import { detectAll } from 'tinyld';
import { functionWordLanguage } from '../text/function-word-language.js';

export interface DetectedLanguage {
  /** ISO 639-1 code, or null when the text is too short or too mixed to tell. */
  readonly language: string | null;
  readonly accuracy: number;
}

// Short texts ("ok", "agent") are guesses; below these the message counts as undetermined, not foreign.
const minLetters = 12;
const minAccuracy = 0.5;

/**
 * Function words first (a short question's "can", "my", "how" outvote character n-grams that read it as Hungarian),
 * then tinyld for what they cannot tell apart.
 */
export function detectLanguage(text: string): DetectedLanguage {
  if ((text.match(/\p{L}/gu) ?? []).length < minLetters) return { language: null, accuracy: 0 };
  const byWords = functionWordLanguage(text);
  if (byWords) return { language: byWords.language, accuracy: Math.round(byWords.share * 1000) / 1000 };
  const [best] = detectAll(text);
  if (!best || best.accuracy < minAccuracy) return { language: null, accuracy: best?.accuracy ?? 0 };
  return { language: best.lang, accuracy: Math.round(best.accuracy * 1000) / 1000 };
}

// A short note in the customer's language; more can be added without touching the pipeline.
const translatedNotes: Readonly<Record<string, string>> = {
  es: 'Nuestra información de ayuda solo está disponible en inglés.',
  fr: 'Notre documentation d’aide n’est disponible qu’en anglais.',
  de: 'Unsere Hilfeartikel gibt es nur auf Englisch.',
  pt: 'Os nossos artigos de ajuda só estão disponíveis em inglês.',
  it: 'I nostri articoli di assistenza sono disponibili solo in inglese.',
  nl: 'Onze helpartikelen zijn alleen in het Engels beschikbaar.',
};

/** The English note, plus the same note in the customer's language when we have it. */
export function englishOnlyNote(language: string): string {
  const english = 'Our help articles are only available in English, so I am answering in English.';
  const translated = translatedNotes[language];
  return translated ? `${english} (${translated})` : english;
}
