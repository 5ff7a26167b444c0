/** The contract every EventStore implementation passes. */
import { describe, expect, it } from 'vitest';
import type { EventStore, SwitchboardEvent } from '@switchboard/spec';

export interface EventStoreHarness {
  readonly events: EventStore;
  close(): Promise<void> | void;
}

const event = (id: string, overrides: Partial<SwitchboardEvent> = {}): SwitchboardEvent => ({
  id,
  type: 'message.answered',
  at: '2026-01-01T00:00:00.000Z',
  conversationId: 'c1',
  data: {},
  ...overrides,
});

const ids = (events: readonly SwitchboardEvent[]): string[] => events.map((e) => e.id);

async function withStore(open: () => Promise<EventStoreHarness>, body: (events: EventStore) => Promise<void>): Promise<void> {
  const { events, close } = await open();
  try {
    await body(events);
  } finally {
    await close();
  }
}

export function eventStoreContract(name: string, open: () => Promise<EventStoreHarness>): void {
  describe(`EventStore contract: ${name}`, () => {
    it('lists nothing before anything is appended', () =>
      withStore(open, async (events) => {
        expect(await events.list()).toEqual([]);
        expect(await events.list({ conversationId: 'c1' })).toEqual([]);
      }));

    it('lists events in the order they were appended, not by time, and reads them back exactly', () =>
      withStore(open, async (events) => {
        const appended = [
          event('e1', { at: '2026-01-03T00:00:00.000Z', data: { answer: { chunks: ['a', 'b'], confidence: 0.75 }, cached: false } }),
          event('e2', { at: '2026-01-01T00:00:00.000Z', type: 'ingest.document.failed', conversationId: null, data: { path: 'kb/é.md' } }),
          event('e3', { at: '2026-01-02T00:00:00.000Z', data: { note: null } }),
        ];
        for (const one of appended) await events.append(one);
        expect(await events.list()).toEqual(appended);
      }));

    it("lists one conversation's events in append order, without other conversations' or conversation-less ones", () =>
      withStore(open, async (events) => {
        await events.append(event('e1', { conversationId: 'c1' }));
        await events.append(event('e2', { conversationId: 'c2' }));
        await events.append(event('e3', { conversationId: null }));
        await events.append(event('e4', { conversationId: 'c1', type: 'message.declined' }));
        expect(ids(await events.list({ conversationId: 'c1' }))).toEqual(['e1', 'e4']);
        expect(ids(await events.list({ conversationId: 'c2' }))).toEqual(['e2']);
        expect(await events.list({ conversationId: 'c9' })).toEqual([]);
      }));

    it('filters by type, by time from `since` on (inclusive), and by every given filter at once', () =>
      withStore(open, async (events) => {
        await events.append(event('e1', { type: 'message.answered', at: '2026-01-01T00:00:00.000Z', conversationId: 'c1' }));
        await events.append(event('e2', { type: 'message.declined', at: '2026-01-02T00:00:00.000Z', conversationId: 'c2' }));
        await events.append(event('e3', { type: 'message.answered', at: '2026-01-03T00:00:00.000Z', conversationId: 'c2' }));
        await events.append(event('e4', { type: 'message.answered.extra', at: '2026-01-04T00:00:00.000Z', conversationId: 'c2' }));
        expect(ids(await events.list({ type: 'message.answered' }))).toEqual(['e1', 'e3']);
        expect(ids(await events.list({ since: '2026-01-02T00:00:00.000Z' }))).toEqual(['e2', 'e3', 'e4']);
        expect(ids(await events.list({ since: '2026-01-05T00:00:00.000Z' }))).toEqual([]);
        expect(ids(await events.list({ type: 'message.answered', conversationId: 'c2', since: '2026-01-02T00:00:00.000Z' }))).toEqual([
          'e3',
        ]);
      }));

    it('keeps the first `limit` matching events, in append order', () =>
      withStore(open, async (events) => {
        for (const [i, conversationId] of ['c1', 'c2', 'c1', 'c1'].entries()) await events.append(event(`e${i + 1}`, { conversationId }));
        expect(ids(await events.list({ limit: 2 }))).toEqual(['e1', 'e2']);
        expect(ids(await events.list({ conversationId: 'c1', limit: 2 }))).toEqual(['e1', 'e3']);
        expect(ids(await events.list({ limit: 10 }))).toEqual(['e1', 'e2', 'e3', 'e4']);
      }));

    it('rejects a second event with an id already stored and keeps the first', () =>
      withStore(open, async (events) => {
        await events.append(event('e1', { data: { n: 1 } }));
        await expect(events.append(event('e1', { type: 'other', data: { n: 2 } }))).rejects.toThrow();
        expect(await events.list()).toEqual([event('e1', { data: { n: 1 } })]);
      }));
  });
}
