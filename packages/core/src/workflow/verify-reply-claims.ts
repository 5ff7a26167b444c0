/** The claim check on an outgoing reply: action claims need the action log, except sentences quoted from the knowledge. */
import type { ActionLogEntry } from './action-log.js';
import { verifyActionClaims, type ClaimVerdict } from './claim-verifier.js';
import type { ToolDefinition } from './tool-definition.js';

export interface ReplyClaimInput {
  readonly text: string;
  readonly log: readonly ActionLogEntry[];
  readonly tools: readonly Pick<ToolDefinition, 'name' | 'effects'>[];
  /**
   * The cited knowledge, and the extractive composer's sentences (quotes of it; a table row rendered "Refunded to:
   * Credit card; …"): a clause copied from these states a policy ("cancelled orders are refunded"), not an action here.
   */
  readonly quoted: readonly string[];
}

// Knowledge is stored as Markdown and quoted without its emphasis ("**30 days**" reads "30 days"): compare both without it.
// A list item's marker ("- ", "2. ") is layout, not words of the claim.
const normalize = (text: string): string =>
  text
    .replace(/^\s*(?:[-+]|\d+[.)])\s+/gm, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*`]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

export function verifyReplyClaims(input: ReplyClaimInput): ClaimVerdict {
  const verdict = verifyActionClaims(input.text, input.log, input.tools);
  if (verdict.allowed) return verdict;
  const sources = input.quoted.map(normalize);
  const quoted = (clause: string): boolean => sources.some((source) => source.includes(normalize(clause.replace(/\s*\[c?\d+\]/g, ''))));
  const unsupported = verdict.unsupported.filter((claim) => !quoted(claim.text));
  return { ...verdict, allowed: unsupported.length === 0, unsupported };
}
