import { describe, expect, it } from 'vitest';
import type { SwitchboardEvent } from '@switchboard/spec';
import { buildHandoffPacket } from './build-handoff-packet.js';

const event = (id: string, type: string, data: Record<string, unknown>, conversationId = 'c1'): SwitchboardEvent => ({
  id,
  type,
  at: `2026-03-01T12:00:0${id.slice(1)}.000Z`,
  conversationId,
  data,
});

describe('buildHandoffPacket', () => {
  it('builds the packet only from the conversation’s events', () => {
    const events = [
      event('e1', 'conversation.created', { customer: { plan: 'enterprise' } }),
      event('e2', 'message.received', { text: 'I was charged twice' }),
      event('e3', 'message.answered', {
        text: 'Duplicate charges are refunded automatically. [1]',
        intent: { label: 'billing', confidence: 0.8 },
        safety: null,
        retrieved: [
          { title: 'Duplicate charges', path: 'kb/dup.md', score: 2 },
          { title: 'Refunds', path: 'kb/refunds.md', score: 1 },
        ],
      }),
      event('e4', 'action.executed', { tool: 'lookup_invoice', outcome: 'executed' }),
      event('e5', 'message.received', { text: 'my card was stolen too' }, 'other'),
      event('e6', 'message.handoff', { text: 'Passing you on.', safety: { category: 'fraud', action: 'handoff' }, retrieved: [] }),
      event('e7', 'guard.blocked', { violations: [] }),
    ];
    expect(buildHandoffPacket('c1', 'fraud', events)).toEqual({
      conversationId: 'c1',
      customer: { plan: 'enterprise' },
      reason: 'fraud',
      intent: { label: 'billing', confidence: 0.8 },
      safetyCategory: 'fraud',
      retrieved: [
        { title: 'Duplicate charges', path: 'kb/dup.md', score: 2 },
        { title: 'Refunds', path: 'kb/refunds.md', score: 1 },
      ],
      transcript: [
        { role: 'customer', text: 'I was charged twice', at: '2026-03-01T12:00:02.000Z' },
        { role: 'bot', text: 'Duplicate charges are refunded automatically. [1]', at: '2026-03-01T12:00:03.000Z' },
        { role: 'bot', text: 'Passing you on.', at: '2026-03-01T12:00:06.000Z' },
      ],
      actions: [{ tool: 'lookup_invoice', outcome: 'executed', at: '2026-03-01T12:00:04.000Z' }],
      eventIds: ['e1', 'e2', 'e3', 'e4', 'e6'],
    });
  });
});
