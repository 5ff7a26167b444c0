/**
 * Language by function words, for the short messages where character-n-gram identification guesses ("Can I export
 * my workspace as CSV?" read as Hungarian with full confidence): the seven languages support messages arrive in most.
 */

// Only words that are frequent in questions and rare as words of the other six; accents are kept, so "é" and "è"
// matter, but each list also has the unaccented spellings customers type on phones.
const functionWords: Readonly<Record<string, readonly string[]>> = {
  en: 'i my me the is are can how what where when why do does did you your it to of and for with on have has was will this that an from get there not please'.split(
    ' ',
  ),
  es: 'el los las mi mis es cómo como qué que dónde donde cuándo cuando puedo por para con una uno del al lo se tengo hay cuánto cuanto y pero no mí está esta quiero su sus'.split(
    ' ',
  ),
  fr: 'le la les mon ma mes est comment où quand pourquoi je j puis peux pour avec une un du des au aux ce cette et mais pas ne vous votre vos il y dans sur quel quelle combien'.split(
    ' ',
  ),
  de: 'der die das den dem mein meine meinen ist wie was wo wann warum ich kann können für mit eine ein einen und aber nicht sie ihr ihre es auf zu von bei habe wird noch mich mir wieviel'.split(
    ' ',
  ),
  pt: 'o os as meu minha meus minhas é como onde quando porque eu posso para com uma um do da dos das no na não nao e mas você voce seu sua em tenho quanto'.split(
    ' ',
  ),
  it: 'il lo gli le mio mia miei è come dove quando perché perche io posso per con una uno del della dei di non e ma ho sono nel nella al alla quanto vorrei mi'.split(
    ' ',
  ),
  nl: 'de het een mijn is hoe wat waar wanneer waarom ik kan kun voor met en maar niet u uw je jullie op van bij heb wordt nog mij hoeveel er dat dit'.split(
    ' ',
  ),
};

const sets = Object.fromEntries(Object.entries(functionWords).map(([language, words]) => [language, new Set(words)]));

export interface FunctionWordGuess {
  readonly language: string;
  /** The share of the message's function-word hits that belong to this language. */
  readonly share: number;
  readonly hits: number;
}

/** How many of the message's words are function words of each language (a word of several counts for each). */
export function functionWordHits(text: string): ReadonlyMap<string, number> {
  const words =
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  return new Map(Object.entries(sets).map(([language, set]) => [language, words.filter((word) => set.has(word)).length]));
}

/**
 * The language whose function words the message uses most, when it uses at least two of them and either two more or
 * twice as many as any other language's (shared words such as "de" or "e" count for each language they belong to);
 * null when none stands out.
 */
export function functionWordLanguage(text: string): FunctionWordGuess | null {
  const hits = [...functionWordHits(text)].map(([language, count]) => ({ language, hits: count }));
  hits.sort((a, b) => b.hits - a.hits);
  const [best, second] = hits;
  const runnerUp = second?.hits ?? 0;
  if (!best || best.hits < 2 || (best.hits - runnerUp < 2 && best.hits < 2 * runnerUp)) return null;
  const total = hits.reduce((sum, entry) => sum + entry.hits, 0);
  return { language: best.language, share: best.hits / total, hits: best.hits };
}
