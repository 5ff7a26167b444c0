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
        await handoffs.transition(
          'h2',
          { status: ['open'] },
          { status: 'claimed', claimedBy: 'ana', claimedAt: '2026-01-01T00:01:00.000Z' },
        );
        await handoffs.transition('h3', { status: ['open'] }, { status: 'released', releasedAt: '2026-01-01T00:02:00.000Z' });
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

    it('applies a transition only while the handoff is in the expected state, keeping fields it does not name', async () => {
      const { handoffs, close } = await open();
      try {
        await handoffs.create(record('h1', 'c1'));
        const claim = { status: 'claimed', claimedBy: 'ana', claimedAt: '2026-01-01T00:01:00.000Z' } as const;
        expect(await handoffs.transition('h1', { status: ['open'], claimedBy: null }, claim)).toMatchObject({ id: 'h1', ...claim });
        expect(await handoffs.transition('h1', { status: ['open'] }, { ...claim, claimedBy: 'ben' })).toBeNull();
        expect(await handoffs.transition('missing', { status: ['open'] }, claim)).toBeNull();
        const released = await handoffs.transition(
          'h1',
          { status: ['open', 'claimed'] },
          { status: 'released', releasedAt: '2026-01-01T00:02:00.000Z' },
        );
        expect(released).toMatchObject({
          status: 'released',
          claimedBy: 'ana',
          claimedAt: claim.claimedAt,
          releasedAt: '2026-01-01T00:02:00.000Z',
        });
        expect(await handoffs.get('h1')).toEqual(released);
        expect(released?.packet).toEqual(record('h1', 'c1').packet);
      } finally {
        await close();
      }
    });

    it('lets exactly one of fifty simultaneous claims of an open handoff win', async () => {
      const { handoffs, close } = await open();
      try {
        await handoffs.create(record('h1', 'c1'));
        const agents = Array.from({ length: 50 }, (_, i) => `agent-${i}`);
        const results = await Promise.all(
          agents.map((agent) =>
            handoffs.transition('h1', { status: ['open'] }, { status: 'claimed', claimedBy: agent, claimedAt: '2026-01-01T00:01:00.000Z' }),
          ),
        );
        const winners = results.filter((result) => result !== null);
        expect(winners).toHaveLength(1);
        expect((await handoffs.get('h1'))?.claimedBy).toBe(winners[0]?.claimedBy);
      } finally {
        await close();
      }
    });

    it('moves a claimed handoff only from the holder the caller saw, so one of two racing takeovers wins', async () => {
      const { handoffs, close } = await open();
      try {
        await handoffs.create(record('h1', 'c1'));
        await handoffs.transition(
          'h1',
          { status: ['open'] },
          { status: 'claimed', claimedBy: 'ana', claimedAt: '2026-01-01T00:01:00.000Z' },
        );
        const takeOver = (agent: string) =>
          handoffs.transition(
            'h1',
            { status: ['claimed'], claimedBy: 'ana' },
            { status: 'claimed', claimedBy: agent, claimedAt: '2026-01-01T00:02:00.000Z' },
          );
        const [ben, cleo] = await Promise.all([takeOver('ben'), takeOver('cleo')]);
        expect([ben, cleo].filter((result) => result !== null)).toHaveLength(1);
        expect((await handoffs.get('h1'))?.claimedBy).toBe((ben ?? cleo)?.claimedBy);
        expect(
          await handoffs.transition(
            'h1',
            { status: ['claimed'], claimedBy: 'ana' },
            { status: 'released', releasedAt: '2026-01-01T00:03:00.000Z' },
          ),
        ).toBeNull();
        expect((await handoffs.get('h1'))?.status).toBe('claimed');
      } finally {
        await close();
      }
    });
  });
}
