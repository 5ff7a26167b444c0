/** In-memory conversation, event and handoff stores for the conversation service's tests (a real store runs in apps/server). */
import { memoryConversationStore } from '@switchboard/testkit';
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
  // testkit's store (which passes the ConversationStore contract) keeps the state; `written` records each write as made.
  const store = memoryConversationStore();
  return {
    written,
    conversations: {
      ...store,
      createConversation: async (conversation) => {
        written.conversations.push(conversation);
        await store.createConversation(conversation);
      },
      appendMessage: async (message) => {
        written.messages.push(message);
        await store.appendMessage(message);
      },
      saveTrace: async (trace) => {
        written.traces.push(trace);
        await store.saveTrace(trace);
      },
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
