/** Whether a phrase is quoted word for word from a source, possibly as passages joined where the source breaks. */

/**
 * Lower case, markup emphasis and typographic quotes removed, runs of spaces collapsed, no space before
 * punctuation ("Photo : Allows" reads as "photo: allows"). Line breaks are kept: they are passage boundaries.
 */
export function normaliseForQuote(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[*_`~]+/g, '')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .replace(/ ([.!?,;:])/g, '$1')
    .trim();
}

const boundaryPunctuation = /[.!?;:]/;
const wordCharacter = /[\p{L}\p{N}]/u;

export interface VerbatimQuoteOptions {
  /** The phrase must also begin and end where a source sentence, line or chunk does. Default false. */
  readonly anchored?: boolean;
}

/**
 * True when `phrase` is one passage of `source`, or several passages joined where the source itself breaks:
 * each join must end a source line or chunk on its left and start a sentence, line or chunk on its right. The
 * extractive composer (and a model quoting two chunks) glues such unpunctuated passages without a full stop
 * ("… Create with PayPal Create and manage …"), which is still a quotation. Joins anywhere else do not count, so
 * "Royal" and "Mail" found in two places never make "Royal Mail".
 */
export function verbatimQuote(phrase: string, source: string, options: VerbatimQuoteOptions = {}): boolean {
  const words = normaliseForQuote(phrase)
    .replace(/[.!?;:,]+$/, '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return false;
  const text = normaliseForQuote(source);
  const anchored = options.anchored ?? false;
  // reachable[i]: words[0..i) are covered by passages whose joins all fall on source boundaries.
  const reachable = new Array<boolean>(words.length + 1).fill(false);
  reachable[0] = true;
  for (let start = 0; start < words.length; start += 1) {
    if (!reachable[start]) continue;
    for (let end = start + 1; end <= words.length; end += 1) {
      const passage = words.slice(start, end).join(' ');
      if (!text.includes(passage)) break; // a longer passage cannot be present either
      const startRule = start > 0 || anchored ? 'sentence' : 'word';
      const endRule = end < words.length ? 'line' : anchored ? 'sentence' : 'word';
      if (occursWithin(text, passage, startRule, endRule)) reachable[end] = true;
    }
    if (reachable[words.length]) return true;
  }
  return reachable[words.length] === true;
}

/** 'word': at a word edge; 'sentence': where a sentence, line or chunk starts or ends; 'line': only where a line or chunk ends. */
type Edge = 'word' | 'sentence' | 'line';

function occursWithin(text: string, passage: string, startRule: Edge, endRule: Edge): boolean {
  for (let at = text.indexOf(passage); at >= 0; at = text.indexOf(passage, at + 1)) {
    const after = at + passage.length;
    const startOk = startRule === 'word' ? at === 0 || !wordCharacter.test(text[at - 1] ?? '') : startsSentence(text, at);
    const endOk =
      after === text.length ||
      text[after] === '\n' ||
      (endRule === 'word' && !wordCharacter.test(text[after] ?? '')) ||
      (endRule === 'sentence' && endsSentence(text, passage, after));
    if (startOk && endOk) return true;
  }
  return false;
}

function startsSentence(text: string, at: number): boolean {
  if (at === 0 || text[at - 1] === '\n') return true;
  return text[at - 1] === ' ' && boundaryPunctuation.test(text[at - 2] ?? '');
}

function endsSentence(text: string, passage: string, after: number): boolean {
  const next = text[after] ?? '';
  if (boundaryPunctuation.test(next)) return true;
  return boundaryPunctuation.test(passage[passage.length - 1] ?? '') && next === ' ';
}
