/** In-memory conversation, event and handoff stores for the conversation service's tests (a real store runs in apps/server). */
import type {
  Conversation,
  ConversationStore,
  EventStore,
  HandoffRecord,
  HandoffStore,
  Message,
  PipelineTrace,
  SwitchboardEvent,
} from '@switchboard/spec';

export interface MemoryStores {
  readonly conversations: ConversationStore;
  readonly events: EventStore;
  readonly handoffs: HandoffStore;
  readonly written: {
    conversations: Conversation[];
    messages: Message[];
    traces: PipelineTrace[];
    events: SwitchboardEvent[];
    handoffs: HandoffRecord[];
  };
}

export function memoryStores(): MemoryStores {
  const written: MemoryStores['written'] = { conversations: [], messages: [], traces: [], events: [], handoffs: [] };
  const replace = (id: string, change: (conversation: Conversation) => Conversation): void => {
    const index = written.conversations.findIndex((conversation) => conversation.id === id);
    if (index >= 0) written.conversations[index] = change(written.conversations[index]!);
  };
  return {
    written,
    conversations: {
      createConversation: async (conversation) => void written.conversations.push(conversation),
      getConversation: async (id) => written.conversations.find((conversation) => conversation.id === id) ?? null,
      setStatus: async (id, status) => replace(id, (conversation) => ({ ...conversation, status })),
      updateCustomer: async (id, customer) =>
        replace(id, (conversation) => ({ ...conversation, customer: { ...conversation.customer, ...customer } })),
      appendMessage: async (message) => void written.messages.push(message),
      listMessages: async (conversationId) => written.messages.filter((message) => message.conversationId === conversationId),
      saveTrace: async (trace) => void written.traces.push(trace),
      getTrace: async (id) => written.traces.find((trace) => trace.id === id) ?? null,
    },
    events: {
      append: async (event) => void written.events.push(event),
      list: async (query = {}) =>
        written.events.filter(
          (event) => (!query.conversationId || event.conversationId === query.conversationId) && (!query.type || event.type === query.type),
        ),
    },
    handoffs: {
      create: async (record) => void written.handoffs.push(record),
      get: async (id) => written.handoffs.find((record) => record.id === id) ?? null,
      list: async (query = {}) =>
        written.handoffs.filter(
          (record) =>
            (!query.conversationId || record.conversationId === query.conversationId) &&
            (!query.status || query.status.includes(record.status)),
        ),
      transition: async () => null,
    },
  };
}
