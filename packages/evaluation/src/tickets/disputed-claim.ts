/**
 * A claim the customer disputed ("that's not true", "you said X but …") as a short regular expression of the bot's
 * disputed sentence's key phrase, for `expect.neverSays`.
 */
import { analyze, isStopWord, splitSentences, words } from '@switchboard/core/text';

// Phrasings that contradict what was just said; "wrong" alone is not one ("I got the wrong size").
const disputeMarkers = [
  /\b(?:that|this|it)(?:['’]s| is| was)\s+(?:not\s+(?:true|right|correct|accurate)|wrong|incorrect|false|untrue|a lie)\b/i,
  /\b(?:that|this|it)\s+(?:isn['’]t|wasn['’]t)\s+(?:true|right|correct|accurate)\b/i,
  /\bnot\s+true\b/i,
  /\byou(?:['’]re| are)\s+(?:wrong|mistaken|incorrect)\b/i,
  /\b(?:wrong|incorrect|false)\s+(?:answer|information|info)\b/i,
  /\b(?:you|the bot|your bot|the (?:chat)?bot|the assistant)\s+(?:said|told me|claimed|wrote)\b.*\bbut\b/i,
  /\bthat(?:['’]s| is)\s+not\s+what\b/i,
];
// "you said refunds take 24 hours but …": the customer's own words of the claim, when no bot reply is in the export.
const quotedClaim =
  /\b(?:you|the bot|your bot|the (?:chat)?bot|the assistant)\s+(?:said|told me|claimed|wrote)(?:\s+that)?\s+["“']?(.+?)["”']?(?:,?\s+but\b|[.!?]|$)/i;
// Openers that state nothing ("Hi there!", "Thanks for reaching out.", "Sorry to hear that.").
const pleasantry = /^(?:hi|hello|hey|thanks|thank you|sorry|i['’]m sorry|great|sure|of course|happy to help)\b/i;
// Redaction placeholders ([email]) and citation markers ([1]) break a phrase: the bot never says them as such.
const bracketed = /\[[^\]]*\]/;
const negation = /^(?:not|no|never|cannot|can['’]t|won['’]t|don['’]t|doesn['’]t|didn['’]t|isn['’]t|aren['’]t|wasn['’]t|without)$/i;

/** Most words in a phrase: long enough to be specific, short enough that a rewording of the same claim still matches. */
const maxPhraseWords = 6;

export function isDispute(text: string): boolean {
  return disputeMarkers.some((marker) => marker.test(text));
}

/**
 * The regular expression (escaped, case-insensitive as suites match) of the key phrase of the claim `dispute` contradicts,
 * taken from `botReply` (the bot's last reply before it) or else from the claim the customer quotes; null when the
 * text disputes nothing or no specific phrase can be found. Both texts must already be free of personal data.
 */
export function disputedClaimPattern(dispute: string, botReply: string | null): string | null {
  if (!isDispute(dispute)) return null;
  const quoted = quotedClaim.exec(dispute)?.[1]?.trim() ?? null;
  const focus = new Set(analyze(quoted ?? dispute));
  const sentence = botReply ? disputedSentence(botReply, focus) : quoted;
  const phrase = sentence ? keyPhrase(sentence, focus) : null;
  return phrase ? phrase.map(escapeWord).join(' ') : null;
}

/** The reply's sentence sharing most terms with the dispute; without any shared, the first one that states something. */
function disputedSentence(reply: string, focus: ReadonlySet<string>): string | null {
  const sentences = splitSentences(reply).filter((sentence) => !sentence.endsWith('?') && !pleasantry.test(sentence));
  let best: string | null = null;
  let bestShared = 0;
  for (const sentence of sentences) {
    const shared = new Set(analyze(sentence).filter((term) => focus.has(term))).size;
    if (shared > bestShared) [best, bestShared] = [sentence, shared];
  }
  return best ?? sentences.find((sentence) => /\d/.test(sentence)) ?? sentences[0] ?? null;
}

/**
 * The highest-scoring run of at most `maxPhraseWords` words within one clause (numbers 3 and the word after one 1
 * more, so "24 hours" stays whole; words the dispute shares 2; other content words 1; stop words -0.25, so that of
 * equal runs the tighter wins), never across a placeholder or citation marker, trimmed of stop words at either end
 * but keeping a negation before it; null under two words.
 */
function keyPhrase(sentence: string, focus: ReadonlySet<string>): string[] | null {
  let best: string[] | null = null;
  let bestScore = 0;
  for (const clause of sentence.split(/[,;:()—–]|\s-\s/)) {
    for (const run of clause.split(bracketed)) {
      const tokens = run
        .split(/\s+/)
        .map((token) => token.replace(/^[^\p{L}\p{N}$€£]+|[^\p{L}\p{N}%]+$/gu, ''))
        .filter((token) => token !== '');
      const scores = tokens.map((token, i) => wordScore(token, focus) + (i > 0 && isNumber(tokens[i - 1]!) && !isNumber(token) ? 1 : 0));
      for (let start = 0; start < tokens.length; start++) {
        let score = 0;
        for (let end = start; end < Math.min(tokens.length, start + maxPhraseWords); end++) {
          score += scores[end]!;
          // Ties keep the shorter, earlier phrase.
          if (score > bestScore) [best, bestScore] = [withNegation(tokens, start, end + 1), score];
        }
      }
    }
  }
  return best && best.length >= 2 ? best : null;
}

/** tokens[start, end) without stop words at either end, but with a negation just before it: "don't charge" is the claim. */
function withNegation(tokens: readonly string[], start: number, end: number): string[] {
  const isFiller = (token: string): boolean => words(token).every((word) => isStopWord(word));
  while (start < end && isFiller(tokens[start]!)) start += 1;
  while (end > start && isFiller(tokens[end - 1]!)) end -= 1;
  while (start > 0 && negation.test(tokens[start - 1]!)) start -= 1;
  return tokens.slice(start, end);
}

function wordScore(token: string, focus: ReadonlySet<string>): number {
  if (isNumber(token)) return 3;
  const terms = analyze(token);
  if (terms.length === 0) return -0.25;
  return terms.some((term) => focus.has(term)) ? 2 : 1;
}

function isNumber(token: string): boolean {
  return /\d/.test(token);
}

/** Escaped for a regular expression; either apostrophe matches ("don't" and "don’t"). */
function escapeWord(token: string): string {
  return token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");
}
