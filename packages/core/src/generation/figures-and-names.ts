/** Hard checks on a claim: every number, amount, duration, date and proper name in it must appear in the cited text. */
import { normaliseForQuote, verbatimQuote } from './verbatim-quote.js';

const numberWords: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  fifteen: '15',
  twenty: '20',
  thirty: '30',
  forty: '40',
  fifty: '50',
  sixty: '60',
  ninety: '90',
  hundred: '100',
};
const units: Record<string, string> = {
  second: 'second',
  minute: 'minute',
  min: 'minute',
  hour: 'hour',
  hr: 'hour',
  day: 'day',
  week: 'week',
  month: 'month',
  year: 'year',
  percent: 'percent',
  '%': 'percent',
  dollar: 'usd',
  usd: 'usd',
  $: 'usd',
  euro: 'eur',
  eur: 'eur',
  '€': 'eur',
  pound: 'gbp',
  gbp: 'gbp',
  '£': 'gbp',
};
const wordNumber = new RegExp(`\\b(${Object.keys(numberWords).join('|')})\\b`, 'gi');
const quantityPattern =
  /([$€£])?\s?(\d+(?:\.\d+)?)\s*(?:-\s*)?(?:(?:business|working|calendar|full|more|additional)\s+)?(%|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|percent|dollars?|usd|euros?|eur|pounds?|gbp)?\b/gi;

/** Digits with thousands separators removed, trailing ".00" dropped, clock times aligned; number words turned into digits. */
function normaliseNumbers(text: string): string {
  return (
    text
      .replace(/(\d),(?=\d{3}\b)/g, '$1')
      // Clock times: "10am", "10 a.m." and "10:00 AM" all read "10 am", so the hour is a figure on both sides.
      .replace(/\b(\d{1,2})(?::00)?\s*([ap])\.?m\b\.?/gi, '$1 $2m')
      .replace(/(\d)\.0+\b/g, '$1')
      .replace(wordNumber, (word) => numberWords[word.toLowerCase()] ?? word)
  );
}

interface Quantity {
  readonly value: string;
  readonly unit: string | null;
  readonly raw: string;
}

function quantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const match of normaliseNumbers(text).matchAll(quantityPattern)) {
    const value = match[2] ?? '';
    const unitWord = (match[1] ?? match[3] ?? '').toLowerCase().replace(/s$/, '');
    found.push({ value, unit: unitWord ? (units[unitWord] ?? null) : null, raw: match[0].trim() });
  }
  return found;
}

/** Capitalised words that are not the first word of the sentence, and runs of two or more capitalised words anywhere. */
export function namedEntities(claim: string): string[] {
  const names: string[] = [];
  for (const match of claim.matchAll(/\b\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+(?:of|and|for|the|de)?\s*\p{Lu}[\p{L}\p{N}&'’-]*)*/gu)) {
    const name = match[0].trim();
    const atStart = claim.slice(0, match.index).trim() === '' || /[.!?:"“]\s*$/.test(claim.slice(0, match.index));
    const multiWord = /\s/.test(name);
    if (name === 'I' || (atStart && !multiWord)) continue;
    names.push(name);
  }
  return names;
}

export interface FigureCheck {
  /** Figures and names in the claim that the source does not contain. */
  readonly missing: string[];
}

/** Which figures and names of `claim` are absent from `source` (case-insensitive, numbers normalised). */
export function checkFiguresAndNames(claim: string, source: string): FigureCheck {
  const missing: string[] = [];
  const sourceQuantities = quantities(source);
  for (const quantity of quantities(claim)) {
    // A unitless figure on either side matches on value; two different units never do (30 days ≠ 30 minutes).
    const ok = sourceQuantities.some(
      (candidate) =>
        candidate.value === quantity.value && (quantity.unit === null || candidate.unit === null || candidate.unit === quantity.unit),
    );
    if (!ok) missing.push(quantity.raw);
  }
  const haystack = normaliseForQuote(source).replace(/\n/g, ' ');
  for (const name of namedEntities(claim)) {
    if (haystack.includes(normaliseForQuote(name))) continue;
    // A run of capitals that spans two quoted passages ("… with PayPal" + "Create and manage …") is two names.
    if (/\s/.test(name) && verbatimQuote(name, source)) continue;
    missing.push(name);
  }
  return { missing };
}
