/**
 * GET /v1/conversations/:id/events: the conversation live, for the widget (a human's reply, who has the
 * conversation) and the console. Sends every message stored after the stream opened (or after `?after=`), and the
 * conversation's handoff whenever it changes.
 */
import type { FastifyInstance } from 'fastify';
import type { ConversationStore, HandoffRecord, HandoffStore, Message } from '@switchboard/spec';
import { SwitchboardError } from '@switchboard/spec';
import { z, type ZodType } from 'zod';
import type { ChangeSignal } from './change-signal.js';
import { openEventStream } from './event-stream-reply.js';
import { followStore } from './follow-store.js';

export const conversationEventsQuery = z.strictObject({
  after: z.string().trim().min(1).max(128).optional(),
});

export interface ConversationEventsDependencies {
  readonly conversations: ConversationStore;
  readonly handoffs: HandoffStore;
  readonly changes: ChangeSignal;
  /** How often the store is read for writes of other replicas. */
  readonly pollMilliseconds: number;
  readonly validate: <T>(schema: ZodType<T>, value: unknown, part?: 'body' | 'query' | 'path') => T;
}

/** What the widget shows of a handoff: who has the conversation. */
export function handoffState(record: HandoffRecord) {
  return { id: record.id, status: record.status, claimedBy: record.claimedBy, reason: record.reason, queue: record.queue };
}

export function registerConversationEventsRoute(app: FastifyInstance, deps: ConversationEventsDependencies): void {
  app.get<{ Params: { id: string } }>('/v1/conversations/:id/events', async (request, reply) => {
    const { after } = deps.validate(conversationEventsQuery, request.query ?? {}, 'query');
    const conversationId = request.params.id;
    if (!(await deps.conversations.getConversation(conversationId)))
      throw new SwitchboardError('NOT_FOUND', `conversation ${conversationId} does not exist`);
    const initial = await deps.conversations.listMessages(conversationId);
    let seen = new Set<string>();
    if (after === undefined) seen = new Set(initial.map((message) => message.id));
    else {
      const position = initial.findIndex((message) => message.id === after);
      if (position === -1) throw new SwitchboardError('NOT_FOUND', `message ${after} is not in conversation ${conversationId}`);
      seen = new Set(initial.slice(0, position + 1).map((message) => message.id));
    }
    const latestHandoff = async (): Promise<HandoffRecord | null> => (await deps.handoffs.list({ conversationId })).at(-1) ?? null;
    const stream = openEventStream(request, reply);
    let lastHandoff = '';
    await followStore(request, stream, deps, async () => {
      const messages: Message[] = await deps.conversations.listMessages(conversationId);
      for (const message of messages) {
        if (seen.has(message.id)) continue;
        seen.add(message.id);
        stream.send('message', message);
      }
      const handoff = await latestHandoff();
      const state = handoff ? JSON.stringify(handoffState(handoff)) : '';
      if (state !== lastHandoff) {
        lastHandoff = state;
        if (handoff) stream.send('handoff', handoffState(handoff));
      }
    });
  });
}
