/** Checks outgoing text for claims of actions and blocks any claim without a matching successful action in the log. */
import type { ActionLogEntry } from './action-log.js';
import type { ActionClaimKind } from './action-claim-kind.js';
import { claimPatterns, effectsOf } from './claim-kinds.js';
import type { ToolDefinition } from './tool-definition.js';

export interface ActionClaim {
  readonly kind: ActionClaimKind;
  /** The clause that makes the claim. */
  readonly text: string;
  /** The log entry that backs it, when there is one. */
  readonly entryId?: string;
}

export interface ClaimVerdict {
  readonly allowed: boolean;
  readonly claims: readonly ActionClaim[];
  readonly unsupported: readonly ActionClaim[];
}

// Clauses that speak of the future, a condition or a negation claim nothing happened.
const notAClaim = /\b(?:will|would|can|could|should|may|might|if|once|unless|until|not|never|cannot|unable)\b|n't\b|\?\s*$/i;
const recordIds = /#?[A-Z]{0,3}\d{5,}|\b[A-Z]{2,}-\d+\b/g;

function clauses(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .flatMap((sentence) => sentence.split(/[;,]\s*|\s+(?:and|but|so|then)\s+/i))
    .map((clause) => clause.trim())
    .filter((clause) => clause.length > 0);
}

/** Every action claim in `text`: a clause in the past or perfect tense that says an action of some kind happened. */
export function findActionClaims(text: string): { kind: ActionClaimKind; text: string }[] {
  const found: { kind: ActionClaimKind; text: string }[] = [];
  for (const clause of clauses(text)) {
    if (notAClaim.test(clause)) continue;
    for (const [kind, pattern] of Object.entries(claimPatterns) as [ActionClaimKind, RegExp][])
      if (pattern.test(clause)) found.push({ kind, text: clause });
  }
  return found;
}

/**
 * Verifies `text` against this conversation's action log. A claim is backed by an executed entry of a tool with that
 * effect; when the clause names a record id (an order number), the entry's arguments must name it too.
 */
export function verifyActionClaims(
  text: string,
  log: readonly ActionLogEntry[],
  tools: readonly Pick<ToolDefinition, 'name' | 'effects'>[],
): ClaimVerdict {
  const effects = new Map(tools.map((tool) => [tool.name, effectsOf(tool)]));
  const claims = findActionClaims(text).map((claim): ActionClaim => {
    const ids = claim.text.match(recordIds) ?? [];
    const backing = log.find((entry) => {
      if (entry.status !== 'executed' || !(effects.get(entry.tool) ?? effectsOf({ name: entry.tool })).includes(claim.kind)) return false;
      const args = JSON.stringify(entry.arguments);
      return ids.every((id) => args.includes(id));
    });
    return backing ? { ...claim, entryId: backing.id } : claim;
  });
  const unsupported = claims.filter((claim) => claim.entryId === undefined);
  return { allowed: unsupported.length === 0, claims, unsupported };
}
