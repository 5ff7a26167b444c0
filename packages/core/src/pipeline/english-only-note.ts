/** The honest note a customer gets when the knowledge is not written in their language. */

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
