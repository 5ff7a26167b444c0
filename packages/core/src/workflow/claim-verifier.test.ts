import { describe, expect, it } from 'vitest';
import type { ActionLogEntry } from './action-log.js';
import { findActionClaims, verifyActionClaims } from './claim-verifier.js';

const entry = (tool: string, args: Record<string, unknown>, status: ActionLogEntry['status'] = 'executed'): ActionLogEntry => ({
  id: `act_${tool}`,
  conversationId: 'c',
  actor: 'agent',
  tool,
  arguments: args,
  status,
  at: '2025-01-01T00:00:00.000Z',
});
const tools = [
  { name: 'cancel_pending_order' },
  { name: 'create_ticket' },
  { name: 'modify_user_address' },
  { name: 'transfer_to_human_agents' },
];

describe('findActionClaims', () => {
  it.each([
    ['I have refunded your order.', 'refund'],
    ['Your order #W1234567 was cancelled.', 'cancel'],
    ["I've escalated this to our billing team.", 'escalate'],
    ['We emailed you the receipt.', 'email'],
    ['I created a ticket for you.', 'ticket'],
    ["I've changed your shipping address.", 'address_change'],
  ])('finds the claim in "%s"', (text, kind) => {
    expect(findActionClaims(text).map((claim) => claim.kind)).toContain(kind);
  });

  it.each([
    'I can cancel the order if you confirm.',
    'The refund will arrive in 5 to 7 days.',
    "I haven't cancelled anything yet.",
    'Shall I create a ticket?',
  ])('finds no claim in "%s"', (text) => expect(findActionClaims(text)).toEqual([]));
});

describe('verifyActionClaims', () => {
  it('blocks a claim with no successful action behind it', () => {
    const verdict = verifyActionClaims(
      'I cancelled order #W1111111.',
      [entry('cancel_pending_order', { order_id: '#W1111111' }, 'blocked')],
      tools,
    );
    expect(verdict.allowed).toBe(false);
  });

  it('blocks a claim about a different record than the one acted on', () => {
    const verdict = verifyActionClaims('I cancelled order #W2222222.', [entry('cancel_pending_order', { order_id: '#W1111111' })], tools);
    expect(verdict.unsupported.map((claim) => claim.kind)).toEqual(['cancel']);
  });

  it('allows claims that the log backs, and links each to its entry', () => {
    const log = [entry('cancel_pending_order', { order_id: '#W1111111' }), entry('create_ticket', { subject: 'x' })];
    const verdict = verifyActionClaims('I cancelled order #W1111111 and I created a ticket; the refund will follow.', log, tools);
    expect(verdict.allowed).toBe(true);
    expect(verdict.claims.map((claim) => claim.entryId)).toEqual(['act_cancel_pending_order', 'act_create_ticket']);
  });
});
