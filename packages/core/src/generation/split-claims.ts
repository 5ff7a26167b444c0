/** Splits a generated answer into sentences, each with the source labels it cites and whether it asserts anything. */
import { splitSentences } from '../text/split-sentences.js';

export interface Claim {
  /** The sentence without its citation markers. */
  readonly text: string;
  /** Source labels the sentence cites, e.g. ['c1', 'c3']. */
  readonly labels: readonly string[];
  /** False for courtesy and hand-off sentences that state no fact ("Happy to help!"). */
  readonly asserts: boolean;
}

const marker = /\s*\[((?:c?\d+)(?:\s*[,;]\s*c?\d+)*)\]/gi;
// Courtesy, uncertainty and offers of a human state no fact about the business; they still must not carry numbers or names.
const courtesy =
  /^(?:thanks?\b|thank you|you're welcome|happy to help|glad to help|i hope (?:this|that) helps|let me know|is there anything else|feel free|please let|i(?:'m| am) sorry|sorry|unfortunately,? i (?:don't|do not|can't|cannot)|i (?:don't|do not) (?:know|have)|i (?:can|could|will|'ll) (?:connect|pass|transfer)|would you like|do you want|shall i)/i;
const hasFigureOrName = /\d|(?:^|[^.!?]\s)\p{Lu}\p{Ll}*\s+\p{Lu}/u;

export function splitClaims(answer: string): Claim[] {
  // Models often put the marker after the full stop ("… 5 days. [c1]", "… the food... [1]"); move it inside, before the
  // whole run of stops, so sentences split cleanly.
  const normalised = answer.replace(/([.!?]+)((?:\s*\[(?:c?\d+)(?:\s*[,;]\s*c?\d+)*\])+)/gi, '$2$1');
  const claims: Claim[] = [];
  for (const paragraph of normalised.split(/\n{2,}/)) {
    const own: { text: string; labels: string[]; asserts: boolean }[] = [];
    for (const line of paragraph.split(/\n+/)) {
      // A line that is only a bold heading introduces a part of the answer; it states nothing.
      if (/^\s*\*\*[^*]+\*\*:?\s*$/.test(line) || /^\s*#{1,6}\s/.test(line)) continue;
      const stripped = line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim();
      if (!stripped) continue;
      for (const sentence of splitSentences(stripped)) {
        const labels = [...sentence.matchAll(marker)].flatMap((match) =>
          (match[1] ?? '').split(/[,;]/).map((label) => `c${label.trim().replace(/^c/i, '')}`),
        );
        const text = sentence
          .replace(marker, '')
          .replace(/\s+([.!?,;:])/g, '$1')
          .trim();
        if (!/[\p{L}\p{N}]/u.test(text)) continue;
        const isCourtesy = (courtesy.test(text) || text.endsWith('?')) && !hasFigureOrName.test(text);
        own.push({ text, labels: [...new Set(labels)], asserts: !isCourtesy });
      }
    }
    // A paragraph or list with a single marker at its end (the extractive composer's form) cites every sentence of it;
    // where sentences carry markers of their own, an unmarked one stays uncited.
    const last = own[own.length - 1];
    if (last && last.labels.length > 0 && own.slice(0, -1).every((claim) => claim.labels.length === 0))
      for (const claim of own) if (claim.asserts) claim.labels = last.labels;
    claims.push(...own);
  }
  return claims;
}

/** Citation markers in `text`, in order of first appearance. */
export function citedLabels(text: string): string[] {
  return [...new Set(splitClaims(text).flatMap((claim) => claim.labels))];
}
