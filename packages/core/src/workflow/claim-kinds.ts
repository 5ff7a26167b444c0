/** How each kind of action a reply can claim is phrased, and which tools perform it. */
import type { ActionClaimKind } from './action-claim-kind.js';
import type { ToolDefinition } from './tool-definition.js';

/** Past or perfect tense statements that an action happened. */
export const claimPatterns: Readonly<Record<ActionClaimKind, RegExp>> = {
  refund:
    /\brefunded\b|\brefund (?:has been|was|is|got) (?:issued|processed|sent|made|paid|completed)|\b(?:issued|processed|sent|made) (?:a|an|your|the) (?:full |partial )?refund/i,
  cancel: /\b(?:cancell?ed)\b/i,
  escalate:
    /\b(?:escalated|transferred (?:you|this|it|your)|handed (?:you|this|it|your \w+) (?:off|over)|passed (?:this|it|you|your \w+) (?:on|to))/i,
  email: /\bemailed\b|\bsent (?:you )?(?:an? |the )?(?:e-?mail|confirmation email)|\be-?mail (?:has been|was) sent/i,
  ticket:
    /\b(?:created|opened|filed|raised|logged|submitted) (?:a |an |the |your )?(?:new )?(?:support )?(?:ticket|case)\b|\b(?:ticket|case) (?:has been|was) (?:created|opened|filed|raised|logged)/i,
  address_change:
    /\b(?:changed|updated|modified|corrected) (?:your|the) (?:\w+ )?address\b|\baddress (?:has been|was|is now) (?:changed|updated|modified)/i,
  exchange: /\bexchanged\b|\bexchange (?:has been|was|is) (?:requested|placed|processed|submitted)/i,
  return:
    /\breturn (?:has been|was|is) (?:requested|processed|started|submitted)|\b(?:requested|started|processed|submitted) (?:a |the |your )?return\b/i,
  modify:
    /\b(?:modified|updated|changed|swapped) (?:the |your )?(?:items?|order|payment(?: method)?)\b|\b(?:order|items?|payment method) (?:has|have|was|were) been (?:modified|updated|changed)/i,
};

const inferred: readonly [RegExp, readonly ActionClaimKind[]][] = [
  [/cancel/, ['cancel', 'refund']],
  [/refund/, ['refund']],
  [/escalat|handoff|hand_off|transfer_to_human/, ['escalate']],
  [/email/, ['email']],
  [/ticket/, ['ticket']],
  [/address/, ['address_change']],
  [/exchange/, ['exchange']],
  [/return/, ['return']],
  [/modify|update|change/, ['modify']],
];

/** The tool's declared effects, or a guess from its name when it declares none. */
export function effectsOf(tool: Pick<ToolDefinition, 'name' | 'effects'>): readonly ActionClaimKind[] {
  if (tool.effects) return tool.effects;
  return [...new Set(inferred.filter(([pattern]) => pattern.test(tool.name)).flatMap(([, kinds]) => kinds))];
}
