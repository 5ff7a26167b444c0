/** The kinds of action a reply can claim and a tool can declare as its effect. */
export const actionClaimKinds = [
  'refund',
  'cancel',
  'escalate',
  'email',
  'ticket',
  'address_change',
  'exchange',
  'return',
  'modify',
] as const;
export type ActionClaimKind = (typeof actionClaimKinds)[number];
