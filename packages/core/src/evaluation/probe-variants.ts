/**
 * Robustness probes (issue 19): rewrites of a customer message that a person would still read as the same request —
 * typos, casing, politeness and filler, a clause moved to the front, a greeting in another language. Each rule is pure
 * and deterministic for a seed, and each variant keeps its rule's name so a failure says what broke the bot.
 */
import { seededRandom } from '../intent/seeded-random.js';
import { fnvDigest } from '../text/fnv-digest.js';

export const probeRules = [
  'typo-adjacent-key',
  'typo-dropped-letter',
  'lowercase',
  'uppercase',
  'polite-opening',
  'thanks-closing',
  'clause-first',
  'greeting-es',
  'greeting-fr',
] as const;

export type ProbeRule = (typeof probeRules)[number];

export interface ProbeVariant {
  readonly rule: ProbeRule;
  readonly text: string;
}

export interface ProbeOptions {
  /** Changes which letter a typo rule touches; the same seed always gives the same typos. */
  readonly seed?: number;
  /** The rules to apply, in this order (default: all of `probeRules`). */
  readonly rules?: readonly ProbeRule[];
}

export const defaultProbeSeed = 19;

/**
 * Tokens a rule never alters: anything with a digit, `@`, `#`, `/`, `_`, a backtick or a dotted name. Order ids, emails,
 * amounts, error codes and urls are the customer's data, not their phrasing: changing them would ask another question.
 */
const protectedToken = /[\d@#/_`]|\w\.\w/;

const keyboardRows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** The keys left and right of a letter on a QWERTY keyboard, the usual slip of a finger. */
function neighbourKeys(letter: string): string {
  const lower = letter.toLowerCase();
  for (const row of keyboardRows) {
    const at = row.indexOf(lower);
    if (at >= 0) return `${row[at - 1] ?? ''}${row[at + 1] ?? ''}`;
  }
  return '';
}

/** Each whitespace-separated token with its offset, and its letters without the punctuation around them. */
function words(text: string): { readonly start: number; readonly token: string; readonly letters: string; readonly lead: number }[] {
  return [...text.matchAll(/\S+/g)].map((match) => {
    const token = match[0];
    const lead = token.length - token.replace(/^[^\p{L}]+/u, '').length;
    return { start: match.index, token, letters: token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''), lead };
  });
}

/**
 * Words a typo may land in: four letters or more (a slip in "to" or "I" changes the word rather than misspelling it),
 * letters only, and not written in capitals (SSO, VAT and API are names a customer types with care).
 */
function typoTargets(text: string) {
  return words(text).filter(
    ({ token, letters }) =>
      !protectedToken.test(token) && letters.length >= 4 && /^\p{L}+$/u.test(letters) && letters !== letters.toUpperCase(),
  );
}

/** A random source for one rule on one text, so rules and texts do not share their draws. */
function randomFor(seed: number, rule: ProbeRule, text: string): () => number {
  return seededRandom(Number.parseInt(fnvDigest(`${seed}\u0000${rule}\u0000${text}`).slice(0, 8), 16));
}

const pick = <T>(items: readonly T[], random: () => number): T | undefined => items[Math.floor(random() * items.length)];

function adjacentKeyTypo(text: string, random: () => number): string {
  const word = pick(typoTargets(text), random);
  if (!word) return text;
  // The first letter stays: people rarely miss it, and a changed initial reads as another word.
  const positions = [...word.letters].map((_, i) => i).filter((i) => i > 0 && neighbourKeys(word.letters[i]!) !== '');
  const position = pick(positions, random);
  if (position === undefined) return text;
  const original = word.letters[position]!;
  const replacement = pick([...neighbourKeys(original)], random)!;
  const cased = original === original.toUpperCase() ? replacement.toUpperCase() : replacement;
  const at = word.start + word.lead + position;
  return `${text.slice(0, at)}${cased}${text.slice(at + 1)}`;
}

function droppedLetterTypo(text: string, random: () => number): string {
  const word = pick(typoTargets(text), random);
  if (!word) return text;
  // An inner letter: dropping the first or last one changes how the word is recognised, not how it is spelled.
  const position = 1 + Math.floor(random() * (word.letters.length - 2));
  const at = word.start + word.lead + position;
  return `${text.slice(0, at)}${text.slice(at + 1)}`;
}

/** Changes the case of every token but the protected ones (an order id or an email address is typed as it is). */
function recase(text: string, change: (token: string) => string): string {
  return text.replace(/\S+/g, (token) => (protectedToken.test(token) ? token : change(token)));
}

/** The message as the continuation of an opening: its first letter lower-cased unless it is "I" or an acronym. */
function continued(text: string): string {
  const trimmed = text.trimStart();
  const first = trimmed.split(/\s/, 1)[0] ?? '';
  const keepsCapital = /^I\b/.test(first) || (first.length > 1 && first === first.toUpperCase()) || protectedToken.test(first);
  return keepsCapital ? trimmed : `${trimmed.charAt(0).toLowerCase()}${trimmed.slice(1)}`;
}

const subordinators = ['if', 'when', 'because', 'since', 'after', 'before', 'while', 'once', 'unless', 'although'];
const trailingClause = new RegExp(String.raw`^(.+?),?\s+(${subordinators.join('|')})\s+(.+?)([?.!]*)$`, 'i');
const subordinatorWord = new RegExp(String.raw`\b(?:${subordinators.join('|')})\b`, 'gi');
/** How a clause opens with its subject ("if I…", "when my card…", "before the renewal…"). */
const clauseSubject = /^(?:i|you|we|they|he|she|it|there|someone|somebody|my|our|your|their|his|her|its|the|a|an|this|that|these|those)\b/i;

/**
 * "Can I get a refund if I cancel today?" → "If I cancel today, can I get a refund?". Only where it is safe: one
 * sentence, no other comma, one subordinating word followed by the clause's subject ("how long after approval do
 * refunds take" has none, and moving "after approval do refunds take" would garble it), at least two words on each
 * side; anything else is left as it is rather than turned into a different question.
 */
function clauseFirst(text: string): string {
  const trimmed = text.trim();
  if (/[.?!]\s+\S/.test(trimmed) || (trimmed.match(subordinatorWord) ?? []).length !== 1) return text;
  const match = trailingClause.exec(trimmed);
  if (!match) return text;
  const [, main, word, clause, mark] = match as unknown as [string, string, string, string, string];
  if (/[,;:]/.test(main) || /[,;:]/.test(clause) || !clauseSubject.test(clause)) return text;
  if (main.trim().split(/\s+/).length < 2 || clause.trim().split(/\s+/).length < 2) return text;
  const front = `${word.charAt(0).toUpperCase()}${word.slice(1).toLowerCase()}`;
  return `${front} ${clause}, ${continued(main)}${mark}`;
}

function applyRule(rule: ProbeRule, text: string, seed: number): string {
  switch (rule) {
    case 'typo-adjacent-key':
      return adjacentKeyTypo(text, randomFor(seed, rule, text));
    case 'typo-dropped-letter':
      return droppedLetterTypo(text, randomFor(seed, rule, text));
    case 'lowercase':
      return recase(text, (token) => token.toLowerCase());
    case 'uppercase':
      return recase(text, (token) => token.toUpperCase());
    case 'polite-opening':
      return `Hi, quick question — ${continued(text)}`;
    case 'thanks-closing':
      // After a question mark a new sentence; after a bare request a comma, as a customer writes it.
      return /[.?!]$/.test(text.trimEnd()) ? `${text.trimEnd()} Thanks!` : `${text.trimEnd()}, thanks!`;
    case 'clause-first':
      return clauseFirst(text);
    case 'greeting-es':
      return `Hola! ${text.trimStart()}`;
    case 'greeting-fr':
      return `Bonjour, ${continued(text)}`;
  }
}

/** One rule applied to one message; the message itself when the rule has nothing to change in it. */
export function probeVariant(text: string, rule: ProbeRule, seed: number = defaultProbeSeed): string {
  return applyRule(rule, text, seed);
}

/** The variants of a message, one per rule that changes it, in rule order. */
export function probeVariants(text: string, options: ProbeOptions = {}): ProbeVariant[] {
  const seed = options.seed ?? defaultProbeSeed;
  return (options.rules ?? probeRules)
    .map((rule) => ({ rule, text: applyRule(rule, text, seed) }))
    .filter((variant) => variant.text !== text);
}

/**
 * Rules said once per conversation (a politeness formula, a thanks, a greeting): a case applies them to its first
 * message only. The others rewrite every message, as a customer who types in capitals or with typos does throughout.
 */
export const onceRules: ReadonlySet<ProbeRule> = new Set(['polite-opening', 'thanks-closing', 'greeting-es', 'greeting-fr']);
