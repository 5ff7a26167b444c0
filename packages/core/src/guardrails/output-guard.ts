/**
 * The last check on every outgoing reply: no unbacked commitments (refunds, credits, discounts, SLA, legal
 * terms), no invented teams, tools, ticket numbers or people, no prohibited phrases, no other people's data.
 */
import { analyze } from '../text/analyze.js';
import { splitSentences } from '../text/split-sentences.js';

export type GuardViolationKind = 'unbacked_commitment' | 'invented_name' | 'invented_reference' | 'prohibited_phrase' | 'personal_data';

export interface GuardViolation {
  readonly kind: GuardViolationKind;
  /** The offending sentence or span. */
  readonly text: string;
}

export interface OutputGuardInput {
  readonly text: string;
  /** Text that grants what the reply may say: the cited policy chunks and this turn's tool results. */
  readonly evidence: readonly string[];
  /** Names the reply may use: the configured queue, team and product names. */
  readonly allowedNames: readonly string[];
  /** The customer's own messages and profile: their own email or phone may be repeated back to them. */
  readonly customerTexts: readonly string[];
}

export interface OutputGuardVerdict {
  readonly allowed: boolean;
  readonly violations: readonly GuardViolation[];
}

/** Reflexive apologies and internal shorthand that read badly to a customer. */
export const defaultProhibitedPhrases: readonly string[] = [
  'sorry for any inconvenience',
  'sorry for the inconvenience',
  'apologize for any inconvenience',
  'apologize for the inconvenience',
  'apologise for any inconvenience',
  'apologies for any inconvenience',
  'we regret any inconvenience',
  'as per my last message',
  'per SOP',
  'escalate to L2',
  'L1 agent',
  'L2 agent',
];

const commitment =
  /\b(?:refund\w*|reimburs\w*|credit(?:s|ed)?|discount\w*|coupon\w*|voucher\w*|compensat\w*|money back|waive\w*|free (?:month|upgrade)s?|SLA|service level|uptime|guarantee\w*|warrant(?:y|ies)|liab\w+|indemn\w+|legally|contractual\w*|penalt(?:y|ies))\b/i;
const teamLike = /\b(?:the|our|your|a|to)\s+((?:[\w&-]+\s+){0,2}[\w&-]+)\s+(team|queue|department|desk|squad)\b/gi;
const toolLike = /\b((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)\s+([Tt]ool|[Pp]ortal|[Cc]onsole|[Dd]ashboard)\b/g;
const personLike =
  /\b(?:[Mm]y colleague|[Cc]olleague|[Aa]gent|[Mm]anager|[Ss]pecialist|[Ss]upervisor|[Aa]sk for|[Ss]peak (?:to|with)|[Rr]each out to|I'm|I am|[Mm]y name is|[Nn]amed)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b/g;
const reference =
  /\b(?:ticket|case|reference|incident|request)\s*(?:number|no\.?|id)?\s*(?:is\s+|was\s+|of\s+)?[:#]?\s*(#?[A-Z]{0,4}-?\d[\w-]{2,})/gi;
const hashNumber = /(?<![\w&])#\d{3,}\b/g;
const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const phoneOrCard = /\+?\d[\d ().-]{7,}\d/g;
const genericTeamWords = new Set(['support', 'customer', 'service', 'help', 'our', 'the', 'a']);

const escapeRegExp = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const digits = (value: string): string => value.replace(/\D/g, '');

export function createOutputGuard(options: { readonly prohibitedPhrases: readonly string[] }) {
  const prohibited = options.prohibitedPhrases
    .filter((phrase) => phrase.trim())
    .map((phrase) => ({ phrase, pattern: new RegExp(`(?<![\\w])${escapeRegExp(phrase.trim())}(?![\\w])`, 'i') }));

  return function checkReply(input: OutputGuardInput): OutputGuardVerdict {
    const evidence = input.evidence.join('\n');
    const evidenceLower = evidence.toLowerCase();
    const evidenceTerms = new Set(analyze(evidence));
    const known = [...input.allowedNames, evidence].join('\n').toLowerCase();
    const mine = input.customerTexts.join('\n');
    const violations: GuardViolation[] = [];
    // Citation markers ("[1]", "[c2]") are not figures or claims.
    const text = input.text.replace(/\s*\[c?\d+\]/g, '');

    for (const sentence of splitSentences(text)) {
      const term = commitment.exec(sentence);
      if (term && !grantedBy(sentence, term[0], evidenceLower, evidenceTerms))
        violations.push({ kind: 'unbacked_commitment', text: sentence });
    }
    for (const match of text.matchAll(teamLike)) {
      const name = match[1]!.replace(/^(?:(?:the|our|your|a|to)\s+)+/i, '');
      const words = name.toLowerCase().split(/\s+/);
      if (words.every((word) => genericTeamWords.has(word))) continue;
      if (!known.includes(name.toLowerCase()) && !known.includes(`${words.at(-1)} ${match[2]!.toLowerCase()}`))
        violations.push({ kind: 'invented_name', text: match[0] });
    }
    for (const pattern of [toolLike, personLike]) {
      for (const match of text.matchAll(pattern))
        if (!known.includes(match[1]!.toLowerCase())) violations.push({ kind: 'invented_name', text: match[0] });
    }
    for (const pattern of [reference, hashNumber]) {
      for (const match of text.matchAll(pattern)) {
        const id = (match[1] ?? match[0]).replace(/^#/, '').toLowerCase();
        if (!evidenceLower.includes(id)) violations.push({ kind: 'invented_reference', text: match[0] });
      }
    }
    for (const { phrase, pattern } of prohibited) if (pattern.test(text)) violations.push({ kind: 'prohibited_phrase', text: phrase });
    for (const match of text.matchAll(email)) {
      const value = match[0].toLowerCase();
      if (!evidenceLower.includes(value) && !mine.toLowerCase().includes(value)) violations.push({ kind: 'personal_data', text: match[0] });
    }
    const evidenceDigits = digits(evidence);
    const myDigits = digits(mine);
    for (const match of text.matchAll(phoneOrCard)) {
      const value = digits(match[0]);
      if (value.length < 9) continue;
      if (!evidenceDigits.includes(value) && !myDigits.includes(value)) violations.push({ kind: 'personal_data', text: match[0] });
    }
    return { allowed: violations.length === 0, violations };
  };
}

export type OutputGuard = ReturnType<typeof createOutputGuard>;

/**
 * A commitment is granted when the evidence names it and the sentence says little the evidence does not:
 * a quoted policy passes, "we will refund you in full" on a shipping article does not.
 */
function grantedBy(sentence: string, term: string, evidenceLower: string, evidenceTerms: ReadonlySet<string>): boolean {
  const [stemmed] = analyze(term);
  if (!evidenceLower.includes(term.toLowerCase()) && !(stemmed && evidenceTerms.has(stemmed))) return false;
  const terms = [...new Set(analyze(sentence))];
  if (terms.length === 0) return true;
  const supported = terms.filter((t) => evidenceTerms.has(t)).length / terms.length;
  const figures = sentence.match(/\d+(?:[.,]\d+)?%?/g) ?? [];
  return supported >= 0.7 && figures.every((figure) => evidenceLower.includes(figure.toLowerCase()));
}
