/**
 * Replaces personal data in text by typed placeholders before it is indexed or written: `[email]`, `[phone]`,
 * `[card]`, `[account]`, `[address]` and, for the people an export names, `[name]`.
 */
import { isStopWord } from '@switchboard/core/text';

/** People an export names (requesters, agents), whose names, addresses and numbers are redacted wherever they appear. */
export interface KnownPersonalData {
  readonly names?: readonly (string | null)[];
  readonly emails?: readonly (string | null)[];
  readonly phones?: readonly (string | null)[];
}

const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const url = /\bhttps?:\/\/[^\s<>"')\]]+/g;
// Country code, two check digits, then groups of four (as IBANs are printed); letters upper case so words never join in.
const iban = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g;
// A number after a label that says it is an account: "account no. 12345678", "sort code 12-34-56", "IBAN: …".
const accountLabel =
  '(?:bank |savings |checking )?(?:account|acct|a/c|iban|routing|sort code|bsb|membership|member|policy)(?: (?:number|no\\.?|#|id))?|(?:customer|client) (?:number|no\\.?|id)';
const labelledAccount = new RegExp(`\\b((?:${accountLabel})\\s*[:#]?\\s*)(\\d[\\d -]{3,}\\d)`, 'gi');
// 13-19 digits, optionally grouped by spaces or dashes, as card numbers are written.
const longNumber = /\b\d(?:[ -]?\d){12,18}\b/g;
// An optional +country code and (area code), then digit groups; 7 or more digits in all make a phone number.
const phone = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]?\d{2,4}){1,4}\b/g;
const streetSuffix =
  'street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|court|ct|way|place|pl|terrace|close|crescent|highway|hwy|square|sq|parkway|pkwy|circle|row|grove|gardens|walk|mews';
// Words that join a number to a street suffix in prose ("3 days at the court") but never inside a street name.
const notInStreetName = 'the|a|an|at|on|in|to|of|for|my|your|our|and|or|is|was|from|by|with|it|this|that';
// "221B Baker Street", "5 Main St., Apt 4", "1600 Pennsylvania Avenue NW".
const streetLine = new RegExp(
  `\\b\\d{1,5}[a-z]?,?\\s+(?:(?!(?:${notInStreetName})\\b)[a-z][\\w'’.-]*\\s+){1,3}(?:${streetSuffix})\\b\\.?(?:\\s+(?:NW|NE|SW|SE|N|S|E|W)\\b)?(?:,?\\s*(?:apt|apartment|unit|suite|flat|#)\\.?\\s*[\\w-]+)?`,
  'gi',
);
// "Hauptstraße 12a", "Birkenweg 3".
const germanStreet = /\b[A-ZÄÖÜ][\wäöüß-]*(?:straße|strasse|str\.|weg|gasse|platz|allee)\s+\d{1,4}[a-z]?\b/g;
const poBox = /\bP\.?\s?O\.?\s+Box\s+\d+\b/gi;
const ukPostcode = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/g;
// "Springfield, IL 62704": after a comma, so "order ID 12345" stays (ID is also Idaho).
const usStates =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';
const usStateZip = new RegExp(`(?<=,\\s?)(?:${usStates}) \\d{5}(?:-\\d{4})?\\b`, 'g');
// Words that make a user's name that of a shared account ("Acme Support", "Answer Bot"), not a person's.
const accountWords = new Set(
  'support team helpdesk desk service services care bot chatbot assistant system billing sales info zendesk notifications noreply automated'.split(
    ' ',
  ),
);
// Names that are also everyday words: alone they are left ("my bill", "it will"), within the whole name redacted.
const everydayWords = new Set(
  'will may mark bill grace june april august rose summer hope joy faith art guy pat sue rob drew gene frank don jack ray dawn chase page dean lane hunter cash price rich long young king white brown green black gray grey hall wood hill stone'.split(
    ' ',
  ),
);
const word = /[\p{L}][\p{L}\p{M}]*/gu;

/** Redacts e-mail addresses, card, account and phone numbers and street addresses; no names (it knows none). */
export const redactPersonalData: (text: string) => string = createPersonalDataRedactor();

/** A redactor that also knows the given people: their names (whole, and each part), e-mail addresses and phone numbers. */
export function createPersonalDataRedactor(known: KnownPersonalData = {}): (text: string) => string {
  const literals = [...(known.emails ?? []), ...(known.phones ?? [])].filter(
    (value): value is string => !!value && value.trim().length >= 5,
  );
  const names = (known.names ?? []).filter((name): name is string => !!name && name.trim() !== '');
  const parts = new Set<string>();
  const wholeNames = new Set<string>();
  for (const name of names) {
    const nameParts = name.toLowerCase().match(word) ?? [];
    // "Acme Support" or "Answer Bot" is a shared account, not a person: redacting "Acme" would only damage the text.
    if (nameParts.some((part) => accountWords.has(part))) continue;
    for (const part of nameParts) {
      if (part.length < 2) continue;
      const everyday = isStopWord(part) || everydayWords.has(part);
      if (!everyday) parts.add(part);
      // A one-word name that is an everyday word ("Will") cannot be told from the word, so it is left.
      else if (nameParts.length > 1) wholeNames.add(name);
    }
  }
  const wholeName =
    wholeNames.size > 0 ? new RegExp(`(?<![\\p{L}])(?:${[...wholeNames].map(namePattern).join('|')})(?![\\p{L}])`, 'giu') : null;
  const literal = literals.length > 0 ? new RegExp(literals.map(escapeRegExp).join('|'), 'gi') : null;

  return (text) => {
    let result = literal ? text.replace(literal, (match) => (match.includes('@') ? '[email]' : '[phone]')) : text;
    result = redactOutsideLinks(result).replace(email, '[email]');
    if (wholeName) result = result.replace(wholeName, '[name]');
    if (parts.size > 0) {
      result = result
        .replace(word, (match) => (parts.has(match.toLowerCase()) ? '[name]' : match))
        // "Jane Doe" is one name, not two.
        .replace(/\[name\](?:[ \t]+\[name\])+/g, '[name]');
    }
    return result;
  };
}

/** Digits inside links (article ids) are not phone numbers, so links are left whole; only e-mail addresses in them go. */
function redactOutsideLinks(text: string): string {
  let result = '';
  let last = 0;
  for (const match of text.matchAll(url)) {
    result += redactPatterns(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return result + redactPatterns(text.slice(last));
}

/** Most specific first: an IBAN or a card number also looks like a phone number. */
function redactPatterns(text: string): string {
  return (
    text
      .replace(email, '[email]')
      .replace(iban, (match) => (match.replace(/\D/g, '').length >= 10 ? '[account]' : match))
      .replace(labelledAccount, (match, label: string, digits: string) =>
        digits.replace(/\D/g, '').length >= 5 ? `${label}[account]` : match,
      )
      // A number that passes the Luhn check is a card; one that does not is still someone's account or a mistyped card.
      .replace(longNumber, (match) => (luhnValid(match.replace(/\D/g, '')) ? '[card]' : '[account]'))
      .replace(streetLine, '[address]')
      .replace(germanStreet, '[address]')
      .replace(poBox, '[address]')
      .replace(ukPostcode, '[address]')
      .replace(usStateZip, '[address]')
      .replace(phone, (match) => (match.replace(/\D/g, '').length >= 7 && !isDate(match) ? '[phone]' : match))
  );
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** 2024-05-01 and 2024.05.01 look like digit groups of a phone number. */
function isDate(text: string): boolean {
  return /^\d{4}[-.]\d{2}[-.]\d{2}$/.test(text.trim());
}

/** The name's words in order, any whitespace or punctuation between them. */
function namePattern(name: string): string {
  return (name.match(word) ?? []).map(escapeRegExp).join("[\\s.,'’-]+");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
