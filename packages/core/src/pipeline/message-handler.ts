/**
 * One customer message in a stored conversation: log it, stay silent while a human owns the conversation,
 * otherwise run the pipeline, store the reply, and open a handoff when the pipeline transfers.
 */
import { SwitchboardError } from '@switchboard/spec';
import type {
  Answer,
  Clock,
  ConversationStore,
  CustomerInfo,
  EventStore,
  HandoffRecord,
  IdGenerator,
  Message,
  PipelineTrace,
} from '@switchboard/spec';
import type { HandoffDesk } from '../handoff/handoff-desk.js';
import type { AnswerPipeline } from './answer-pipeline.js';

export interface MessageHandlerDependencies {
  readonly pipeline: AnswerPipeline;
  readonly conversations: ConversationStore;
  readonly events: EventStore;
  readonly desk: HandoffDesk;
  readonly clock: Clock;
  readonly newId: IdGenerator;
}

export interface MessageOutcome {
  /** The bot's reply; null while a human owns the conversation (the bot stays silent). */
  readonly answer: Answer | null;
  readonly trace: PipelineTrace | null;
  /** The handoff the conversation is in after this message, if any. */
  readonly handoff: HandoffRecord | null;
  readonly outcome: 'answered' | 'declined' | 'handoff' | 'refused' | 'held';
}

export interface MessageHandler {
  /** `requestId`: the HTTP request's id, stored on the trace. */
  handle(conversationId: string, text: string, customer?: CustomerInfo, requestId?: string): Promise<MessageOutcome>;
}

export function createMessageHandler(deps: MessageHandlerDependencies): MessageHandler {
  const now = (): string => new Date(deps.clock()).toISOString();
  const log = (type: string, conversationId: string, data: Record<string, unknown>) =>
    deps.events.append({ id: deps.newId('evt'), type, at: now(), conversationId, data });
  const message = (conversationId: string, role: Message['role'], text: string): Message => ({
    id: deps.newId('msg'),
    conversationId,
    role,
    text,
    createdAt: now(),
    citations: [],
    traceId: null,
  });
  return {
    async handle(conversationId, text, customer, requestId) {
      const conversation = await deps.conversations.getConversation(conversationId);
      if (!conversation)
        throw new SwitchboardError('NOT_FOUND', `conversation ${conversationId} does not exist; create one with POST /v1/conversations`);
      if (customer) {
        await deps.conversations.updateCustomer(conversationId, customer);
        await log('customer.updated', conversationId, { customer });
      }
      const history = (await deps.conversations.listMessages(conversationId)).map((m) => ({ speaker: m.role, text: m.text }));
      const received = message(conversationId, 'customer', text);
      await deps.conversations.appendMessage(received);
      await log('message.received', conversationId, { text, messageId: received.id });

      if (conversation.status === 'handoff') {
        const handoff = await deps.desk.current(conversationId);
        await log('message.held', conversationId, { messageId: received.id, handoffId: handoff?.id ?? null });
        return { answer: null, trace: null, handoff, outcome: 'held' };
      }

      const { answer, trace, facts } = await deps.pipeline.answer(text, {
        conversationId,
        history,
        customer: { ...(conversation.customer ?? {}), ...(customer ?? {}) },
      });
      await deps.conversations.saveTrace(requestId === undefined ? trace : { ...trace, requestId });
      await deps.conversations.appendMessage({
        ...message(conversationId, 'bot', answer.text),
        citations: answer.citations,
        traceId: trace.id,
      });
      const outcome: MessageOutcome['outcome'] =
        answer.handoff?.mode === 'transferred'
          ? 'handoff'
          : facts.route === 'refuse'
            ? 'refused'
            : answer.handoff
              ? 'declined'
              : 'answered';
      await log(`message.${outcome}`, conversationId, {
        traceId: trace.id,
        text: answer.text,
        confidence: answer.confidence,
        citations: answer.citations.map((c) => c.chunkId),
        handoff: answer.handoff,
        ...facts,
      });
      for (const tool of facts.toolsRun)
        await log('action.executed', conversationId, { tool: tool.name, outcome: tool.outcome, traceId: trace.id });
      const handoff =
        answer.handoff?.mode === 'transferred' ? await deps.desk.open(conversationId, answer.handoff.reason, answer.handoff.queue) : null;
      return { answer, trace, handoff, outcome };
    },
  };
}
