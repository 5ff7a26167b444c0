/** The listing part of the ConversationStore contract (issue 18's console): summaries, order, pages, search and filters. */
import { expect, it } from 'vitest';
import type { Conversation, ConversationStore, ConversationSummary, Message } from '@switchboard/spec';

type Open = () => Promise<{ conversations: ConversationStore; close(): Promise<void> | void }>;

const conversation = (id: string, createdAt: string, overrides: Partial<Conversation> = {}): Conversation => ({
  id,
  createdAt,
  customer: null,
  identity: null,
  deviceId: null,
  status: 'bot',
  ...overrides,
});

let made = 0;
const message = (conversationId: string, role: Message['role'], text: string, createdAt: string): Message => ({
  id: `m${++made}`,
  conversationId,
  role,
  text,
  createdAt,
  citations: [],
  traceId: null,
});

/** Registers the listing cases inside the caller's describe block. */
export function conversationListContract(open: Open): void {
  const withStore = async (run: (store: ConversationStore) => Promise<void>): Promise<void> => {
    const { conversations, close } = await open();
    try {
      await run(conversations);
    } finally {
      await close();
    }
  };
  const ids = (page: { conversations: readonly ConversationSummary[] }): string[] => page.conversations.map((summary) => summary.id);

  it('lists conversations newest first with the summary their writes kept up to date', () =>
    withStore(async (store) => {
      await store.createConversation(conversation('c1', '2026-03-01T09:00:00.000Z', { customer: { name: 'Ada' } }));
      await store.createConversation(conversation('c2', '2026-03-02T09:00:00.000Z'));
      await store.appendMessage(message('c1', 'customer', 'How do refunds work?', '2026-03-01T09:00:05.000Z'));
      await store.appendMessage(message('c1', 'bot', 'Annual plans can be refunded within 30 days.', '2026-03-01T09:00:06.000Z'));
      await store.recordMessageOutcome('c1', { outcome: 'answered', intent: 'refund', persona: 'enterprise' });
      await store.appendMessage(message('c1', 'customer', 'I want a person', '2026-03-01T09:01:00.000Z'));
      // A later message's intent and persona do not replace the first recorded; its outcome does.
      await store.recordMessageOutcome('c1', { outcome: 'handoff', intent: 'human', persona: null });
      await store.setStatus('c1', 'handoff');
      await store.appendMessage(message('c1', 'human', 'Hi Ada, Sam here.', '2026-03-01T09:02:00.000Z'));

      const page = await store.listConversations({ limit: 10 });
      expect(page).toEqual({
        conversations: [
          {
            id: 'c2',
            createdAt: '2026-03-02T09:00:00.000Z',
            updatedAt: '2026-03-02T09:00:00.000Z',
            status: 'bot',
            customer: null,
            messages: 0,
            lastMessage: null,
            intent: null,
            persona: null,
            outcome: null,
            handedOff: false,
          },
          {
            id: 'c1',
            createdAt: '2026-03-01T09:00:00.000Z',
            updatedAt: '2026-03-01T09:02:00.000Z',
            status: 'handoff',
            customer: { name: 'Ada' },
            messages: 4,
            lastMessage: { role: 'human', text: 'Hi Ada, Sam here.', at: '2026-03-01T09:02:00.000Z' },
            intent: 'refund',
            persona: 'enterprise',
            outcome: 'handoff',
            handedOff: true,
          },
        ],
        next: null,
      });
    }));

  it('pages through every conversation once, in order, also when more arrive between pages', () =>
    withStore(async (store) => {
      // Three share a creation time: the id breaks the tie, so the order is total and a page edge can fall between them.
      const times = ['01', '02', '02', '02', '03', '04', '05'].map((day) => `2026-03-${day}T00:00:00.000Z`);
      for (const [index, createdAt] of times.entries()) await store.createConversation(conversation(`c${index}`, createdAt));
      const first = await store.listConversations({ limit: 3 });
      expect(ids(first)).toEqual(['c6', 'c5', 'c4']);
      expect(first.next).toEqual({ createdAt: '2026-03-03T00:00:00.000Z', id: 'c4' });
      await store.createConversation(conversation('c7', '2026-03-06T00:00:00.000Z'));
      const second = await store.listConversations({ limit: 3, before: first.next! });
      expect(ids(second)).toEqual(['c3', 'c2', 'c1']);
      const third = await store.listConversations({ limit: 3, before: second.next! });
      expect(ids(third)).toEqual(['c0']);
      expect(third.next).toBeNull();
      const exact = await store.listConversations({ limit: 1, before: { createdAt: '2026-03-01T00:00:00.000Z', id: 'c0' } });
      expect(exact).toEqual({ conversations: [], next: null });
      // A page that ends exactly at the last conversation says so.
      expect((await store.listConversations({ limit: 8 })).next).toBeNull();
    }));

  it('finds conversations by the text of any of their messages, ignoring case and taking % and _ literally', () =>
    withStore(async (store) => {
      await store.createConversation(conversation('refund', '2026-03-01T00:00:00.000Z'));
      await store.createConversation(conversation('discount', '2026-03-02T00:00:00.000Z'));
      await store.createConversation(conversation('silent', '2026-03-03T00:00:00.000Z'));
      await store.appendMessage(message('refund', 'customer', 'Can I get a REFUND?', '2026-03-01T00:00:01.000Z'));
      await store.appendMessage(message('refund', 'bot', 'Annual plans can be refunded.', '2026-03-01T00:00:02.000Z'));
      await store.appendMessage(message('discount', 'customer', 'Is there 50% off for non_profits?', '2026-03-02T00:00:01.000Z'));
      expect(ids(await store.listConversations({ limit: 10, text: 'refund' }))).toEqual(['refund']);
      expect(ids(await store.listConversations({ limit: 10, text: 'ANNUAL plans' }))).toEqual(['refund']);
      expect(ids(await store.listConversations({ limit: 10, text: '50%' }))).toEqual(['discount']);
      expect(ids(await store.listConversations({ limit: 10, text: '5%' }))).toEqual([]);
      expect(ids(await store.listConversations({ limit: 10, text: 'non_p' }))).toEqual(['discount']);
      expect(ids(await store.listConversations({ limit: 10, text: 'no_' }))).toEqual([]);
      expect(ids(await store.listConversations({ limit: 10, text: '?' }))).toEqual(['discount', 'refund']);
    }));

  it('filters by status, handoff, intent, persona, outcome and creation time, together and across pages', () =>
    withStore(async (store) => {
      const day = (n: number): string => `2026-03-0${n}T00:00:00.000Z`;
      await store.createConversation(conversation('a', day(1)));
      await store.createConversation(conversation('b', day(2)));
      await store.createConversation(conversation('c', day(3)));
      await store.createConversation(conversation('d', day(4)));
      await store.recordMessageOutcome('a', { outcome: 'answered', intent: 'refund', persona: null });
      await store.recordMessageOutcome('b', { outcome: 'declined', intent: 'refund', persona: 'enterprise' });
      await store.recordMessageOutcome('c', { outcome: 'held', intent: null, persona: null });
      await store.recordMessageOutcome('d', { outcome: 'answered', intent: 'login', persona: 'enterprise' });
      // b went to a person and came back to the bot: still handed off, no longer in handoff status.
      await store.setStatus('b', 'handoff');
      await store.setStatus('b', 'bot');
      await store.setStatus('c', 'handoff');
      const list = async (query: Omit<Parameters<ConversationStore['listConversations']>[0], 'limit'>, limit = 10) =>
        ids(await store.listConversations({ limit, ...query }));
      expect(await list({ status: 'handoff' })).toEqual(['c']);
      expect(await list({ status: 'bot' })).toEqual(['d', 'b', 'a']);
      expect(await list({ handedOff: true })).toEqual(['c', 'b']);
      expect(await list({ handedOff: false })).toEqual(['d', 'a']);
      expect(await list({ intent: 'refund' })).toEqual(['b', 'a']);
      expect(await list({ persona: 'enterprise' })).toEqual(['d', 'b']);
      expect(await list({ outcome: 'answered' })).toEqual(['d', 'a']);
      expect(await list({ from: day(2), to: day(4) })).toEqual(['c', 'b']);
      expect(await list({ intent: 'refund', handedOff: false })).toEqual(['a']);
      const first = await store.listConversations({ limit: 1, outcome: 'answered' });
      expect(ids(first)).toEqual(['d']);
      expect(ids(await store.listConversations({ limit: 1, outcome: 'answered', before: first.next! }))).toEqual(['a']);
    }));
}
