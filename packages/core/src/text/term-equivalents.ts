/**
 * Ways customers and help articles name the same thing differently: "US" for "United States", "cost" for "price".
 * A question's term counts as covered by a passage that holds one of its equivalents, so a table that says
 * "United States … Price" answers "how much does it cost to the US". Kept short and general on purpose: a word pair
 * belongs here only when the two mean the same in any help center.
 */
import { analyze } from './analyze.js';

const groups: readonly (readonly string[])[] = [
  ['us', 'usa', 'united states'],
  ['uk', 'united kingdom'],
  ['eu', 'european union'],
  ['cost', 'price', 'fee'],
  ['login', 'log in', 'sign in', 'signin'],
  ['email', 'e-mail'],
  ['delete', 'remove'],
  ['keep', 'kept', 'retain'],
  ['fix', 'solve', 'resolve'],
  ['issue', 'problem'],
];

/** Stemmed term → the analyzed forms (one or more terms each) that also name it. */
const equivalents = new Map<string, string[][]>();
for (const group of groups) {
  const forms = group.map((phrase) => analyze(phrase));
  for (const form of forms) {
    if (form.length !== 1) continue;
    equivalents.set(
      form[0]!,
      forms.filter((other) => other !== form && other.length > 0),
    );
  }
}

/** Whether `term` or one of its equivalents (every term of a multi-word one) is among `present`. */
export function coversTerm(term: string, present: ReadonlySet<string>): boolean {
  if (present.has(term)) return true;
  return (equivalents.get(term) ?? []).some((form) => form.every((part) => present.has(part)));
}
