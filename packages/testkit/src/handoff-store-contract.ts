/** The contract every HandoffStore implementation passes. */
import { describe, expect, it } from 'vitest';
import type { HandoffRecord, HandoffStore } from '@switchboard/spec';

const packet = {
  conversationId: 'c1',
  customer: { plan: 'enterprise' },
  reason: 'fraud',
  intent: { label: 'card_lost', confidence: 0.9 },
  safetyCategory: 'fraud',
  retrieved: [{ title: 'Lost cards', path: 'kb/cards.md', score: 1.2 }],
  transcript: [{ role: 'customer', text: 'my card was stolen', at: '2026-01-01T00:00:00.000Z' }],
  actions: [],
  eventIds: ['e1'],
};

const record = (id: string, conversationId: string): HandoffRecord => ({
  id,
  conversationId,
  status: 'open',
  reason: 'fraud',
  queue: 'Customer Support',
  createdAt: '2026-01-01T00:00:00.000Z',
  claimedBy: null,
  claimedAt: null,
  releasedAt: null,
  packet: { ...packet, conversationId },
});

export function handoffStoreContract(name: string, open: () => Promise<{ handoffs: HandoffStore; close(): Promise<void> | void }>): void {
  describe(`HandoffStore contract: ${name}`, () => {
    it('creates a handoff and reads it back with its packet', async () => {
      const { handoffs, close } = await open();
      try {
        await handoffs.create(record('h1', 'c1'));
        expect(await handoffs.get('h1')).toEqual(record('h1', 'c1'));
        expect(await handoffs.get('missing')).toBeNull();
        await expect(handoffs.create(record('h1', 'c2'))).rejects.toThrow();
      } finally {
        await close();
      }
    });

    it('lists oldest first, filtered by status and conversation, and keeps updates', async () => {
      const { handoffs, close } = await open();
      try {
        await handoffs.create(record('h1', 'c1'));
        await handoffs.create(record('h2', 'c2'));
        await handoffs.create(record('h3', 'c1'));
        await handoffs.update({ ...record('h2', 'c2'), status: 'claimed', claimedBy: 'ana', claimedAt: '2026-01-01T00:01:00.000Z' });
        await handoffs.update({ ...record('h3', 'c1'), status: 'released', releasedAt: '2026-01-01T00:02:00.000Z' });
        expect((await handoffs.list()).map((h) => h.id)).toEqual(['h1', 'h2', 'h3']);
        expect((await handoffs.list({ status: ['open', 'claimed'] })).map((h) => h.id)).toEqual(['h1', 'h2']);
        expect((await handoffs.list({ conversationId: 'c1' })).map((h) => h.id)).toEqual(['h1', 'h3']);
        expect((await handoffs.list({ limit: 1 })).map((h) => h.id)).toEqual(['h1']);
        const claimed = await handoffs.get('h2');
        expect(claimed).toMatchObject({ status: 'claimed', claimedBy: 'ana', claimedAt: '2026-01-01T00:01:00.000Z', releasedAt: null });
        expect(claimed?.packet.reason).toBe('fraud');
      } finally {
        await close();
      }
    });
  });
}
