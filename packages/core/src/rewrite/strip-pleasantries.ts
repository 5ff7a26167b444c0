/**
 * The greeting, the politeness formula and the thanks around a question ("Hi, quick question — …", "… Thanks!",
 * "Hola! …", "Bonjour, …") name nothing the knowledge is about, yet their words count against the question's coverage
 * in retrieval and in the decision to answer, so the same question was answered bare and declined with a "Hi". They
 * are taken off the query only; safety, intent and the stored message keep the customer's words.
 */

const greeting = String.raw`(?:hi|hello|hey|hiya|howdy|greetings|good (?:morning|afternoon|evening|day)|hola|buenos d[ií]as|buenas(?: tardes| noches)?|bonjour|bonsoir|salut|hallo|guten (?:morgen|tag|abend)|ciao|buongiorno|ol[áa]|bom dia|boa (?:tarde|noite)|hoi|goedemorgen|goedemiddag)(?: there| team| all| everyone| folks)?`;
const formula = String.raw`(?:(?:a |one )?quick question|(?:i have|i've got|got) (?:a |one )?(?:quick )?question|question(?: for you)?|sorry to bother you|hope you(?:'re| are) (?:well|doing well)|hope all is well)`;
const punctuation = String.raw`\s*[,.!:;\-–—]+\s*`;
// Without punctuation a greeting is one only before the question itself ("hi can I …"), not in "Hello world example".
const questionStart = String.raw`\s+(?=(?:how|what|where|when|why|which|who|can|could|would|will|is|are|do|does|did|i|i'm|my|we|our|please|quick|question)\b)`;

const opening = new RegExp(
  String.raw`^\s*(?:(?:${greeting})(?:${punctuation}|${questionStart}))?(?:(?:${formula})(?:${punctuation}|\s+))?`,
  'i',
);
const thanks = String.raw`(?:(?:many )?thanks?(?: you)?(?: (?:so|very) much)?(?: in advance)?|thx|ty|cheers|gracias|muchas gracias|merci(?: beaucoup)?|danke(?: schön)?|grazie|obrigad[oa])`;
// After a sentence's own full stop or question mark the thanks goes and the mark stays; otherwise the comma goes too.
const closing = new RegExp(String.raw`(?:(?<=[.?!])\s*|[\s,;:\-–—]+)${thanks}[\s.!]*$`, 'i');

/** The query without its greeting, politeness formula and thanks; the text itself when nothing else would be left. */
export function stripPleasantries(text: string): string {
  const stripped = text.replace(opening, '').replace(closing, '').trim();
  return /\p{L}/u.test(stripped) ? stripped : text;
}
