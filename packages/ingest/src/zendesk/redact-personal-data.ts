/** Redacts e-mail addresses, card-like numbers and phone numbers from text before it is indexed. */

const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// 13-19 digits, optionally grouped by spaces or dashes, as card numbers are written.
const cardLike = /\b\d(?:[ -]?\d){12,18}\b/g;
// An optional +country code and (area code), then digit groups; 7 or more digits in all make a phone number.
const phone = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]?\d{2,4}){1,4}\b/g;
const url = /\bhttps?:\/\/[^\s<>"')\]]+/g;

export function redactPersonalData(text: string): string {
  // Digits inside links (article ids) are not phone numbers, so links are left whole.
  let result = '';
  let last = 0;
  for (const match of text.matchAll(url)) {
    result += redactNumbers(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return (result + redactNumbers(text.slice(last))).replace(email, '[email]');
}

function redactNumbers(text: string): string {
  return text
    .replace(email, '[email]')
    .replace(cardLike, '[card number]')
    .replace(phone, (match) => (match.replace(/\D/g, '').length >= 7 && !isDate(match) ? '[phone]' : match));
}

/** 2024-05-01 and 2024.05.01 look like digit groups of a phone number. */
function isDate(text: string): boolean {
  return /^\d{4}[-.]\d{2}[-.]\d{2}$/.test(text.trim());
}
