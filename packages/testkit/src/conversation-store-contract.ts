/** The contract every ConversationStore implementation passes (events have their own, event-store-contract.ts). */
import { describe, expect, it } from 'vitest';
import type { ConversationStore, PipelineTrace } from '@switchboard/spec';
import { conversationListContract } from './conversation-list-contract.js';

export function conversationStoreContract(
  name: string,
  open: () => Promise<{ conversations: ConversationStore; close(): Promise<void> | void }>,
): void {
  describe(`ConversationStore contract: ${name}`, () => {
    it('keeps messages in write order with their citations', async () => {
      const { conversations, close } = await open();
      try {
        await conversations.createConversation({
          id: 'c1',
          createdAt: '2026-01-01T00:00:00.000Z',
          customer: { plan: 'team' },
          identity: null,
          deviceId: null,
          status: 'bot',
        });
        const citation = { index: 1, chunkId: 'ch', documentId: 'd', title: 'T', section: 'S', path: 'p.md', url: null, page: null };
        await conversations.appendMessage({
          id: 'm1',
          conversationId: 'c1',
          role: 'customer',
          text: 'hi',
          createdAt: '2026-01-01T00:00:01.000Z',
          citations: [],
          traceId: null,
        });
        await conversations.appendMessage({
          id: 'm2',
          conversationId: 'c1',
          role: 'bot',
          text: 'hello [1]',
          createdAt: '2026-01-01T00:00:01.000Z',
          citations: [citation],
          traceId: 't1',
        });
        const messages = await conversations.listMessages('c1');
        expect(messages.map((m) => m.id)).toEqual(['m1', 'm2']);
        expect(messages[1]!.citations).toEqual([citation]);
        await conversations.updateCustomer('c1', { tier: 'gold' });
        await conversations.setStatus('c1', 'handoff');
        expect(await conversations.getConversation('c1')).toEqual({
          id: 'c1',
          createdAt: '2026-01-01T00:00:00.000Z',
          customer: { plan: 'team', tier: 'gold' },
          identity: null,
          deviceId: null,
          status: 'handoff',
        });
        expect(await conversations.getConversation('missing')).toBeNull();
      } finally {
        await close();
      }
    });

    it('keeps the verified identity and the device apart from the display data (issue 18)', async () => {
      const { conversations, close } = await open();
      try {
        const identity = { customerId: 'user_1', plan: 'enterprise', locale: 'de-DE', role: 'admin', email: 'a@example.com' };
        await conversations.createConversation({
          id: 'c2',
          createdAt: '2026-01-01T00:00:00.000Z',
          customer: { id: 'forged', name: 'Ada' },
          identity,
          deviceId: 'device-7',
          status: 'bot',
        });
        await conversations.updateCustomer('c2', { id: 'forged-again' });
        const stored = await conversations.getConversation('c2');
        expect(stored?.identity).toEqual(identity);
        expect(stored?.deviceId).toBe('device-7');
        expect(stored?.customer).toEqual({ id: 'forged-again', name: 'Ada' });
      } finally {
        await close();
      }
    });

    it('stores and reads back traces', async () => {
      const { conversations, close } = await open();
      try {
        const trace: PipelineTrace = {
          id: 't1',
          conversationId: null,
          query: 'q',
          createdAt: '2026-01-01T00:00:00.000Z',
          stages: [{ name: 'retrieve', milliseconds: 1.5, detail: { chunks: [] } }],
          totalMilliseconds: 2,
        };
        await conversations.saveTrace(trace);
        expect(await conversations.getTrace('t1')).toEqual(trace);
        expect(await conversations.getTrace('nope')).toBeNull();
        const fromRequest: PipelineTrace = { ...trace, id: 't2', requestId: 'req_8Hq2' };
        await conversations.saveTrace(fromRequest);
        expect(await conversations.getTrace('t2')).toEqual(fromRequest);
      } finally {
        await close();
      }
    });

    conversationListContract(open);
  });
}
