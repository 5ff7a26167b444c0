/** A ConversationStore in memory, for tests of code that writes or lists conversations; it passes the same contract as SQLite. */
import type {
  Conversation,
  ConversationListQuery,
  ConversationStore,
  ConversationSummary,
  Message,
  MessageOutcomeFacts,
  PipelineTrace,
} from '@switchboard/spec';

interface Stored {
  conversation: Conversation;
  messages: Message[];
  intent: string | null;
  persona: string | null;
  outcome: MessageOutcomeFacts['outcome'] | null;
  handedOff: boolean;
}

export function memoryConversationStore(): ConversationStore {
  const conversations = new Map<string, Stored>();
  const traces = new Map<string, PipelineTrace>();
  const update = (id: string, change: (stored: Stored) => void): void => {
    const stored = conversations.get(id);
    if (stored) change(stored);
  };
  const summary = ({ conversation, messages, intent, persona, outcome, handedOff }: Stored): ConversationSummary => {
    const last = messages.at(-1);
    return {
      id: conversation.id,
      createdAt: conversation.createdAt,
      updatedAt: last?.createdAt ?? conversation.createdAt,
      status: conversation.status,
      customer: conversation.customer,
      messages: messages.length,
      lastMessage: last ? { role: last.role, text: last.text, at: last.createdAt } : null,
      intent,
      persona,
      outcome,
      handedOff,
    };
  };
  const matches = (stored: Stored, query: ConversationListQuery): boolean => {
    const { conversation } = stored;
    const text = query.text?.toLowerCase();
    return (
      (text === undefined || stored.messages.some((message) => message.text.toLowerCase().includes(text))) &&
      (query.status === undefined || conversation.status === query.status) &&
      (query.handedOff === undefined || stored.handedOff === query.handedOff) &&
      (query.intent === undefined || stored.intent === query.intent) &&
      (query.persona === undefined || stored.persona === query.persona) &&
      (query.outcome === undefined || stored.outcome === query.outcome) &&
      (query.from === undefined || conversation.createdAt >= query.from) &&
      (query.to === undefined || conversation.createdAt < query.to) &&
      (query.before === undefined || isAfter(conversation, query.before))
    );
  };

  return {
    async createConversation(conversation) {
      conversations.set(conversation.id, {
        conversation: structuredClone(conversation),
        messages: [],
        intent: null,
        persona: null,
        outcome: null,
        handedOff: false,
      });
    },
    async getConversation(id) {
      const stored = conversations.get(id);
      return stored ? structuredClone(stored.conversation) : null;
    },
    async setStatus(id, status) {
      update(id, (stored) => {
        stored.conversation = { ...stored.conversation, status };
        if (status === 'handoff') stored.handedOff = true;
      });
    },
    async updateCustomer(id, customer) {
      update(id, (stored) => {
        stored.conversation = { ...stored.conversation, customer: { ...stored.conversation.customer, ...customer } };
      });
    },
    async appendMessage(message) {
      update(message.conversationId, (stored) => void stored.messages.push(structuredClone(message)));
    },
    async listMessages(conversationId) {
      return structuredClone(conversations.get(conversationId)?.messages ?? []);
    },
    async saveTrace(trace) {
      traces.set(trace.id, structuredClone(trace));
    },
    async getTrace(id) {
      const trace = traces.get(id);
      return trace ? structuredClone(trace) : null;
    },
    async recordMessageOutcome(conversationId, facts) {
      update(conversationId, (stored) => {
        stored.outcome = facts.outcome;
        stored.intent ??= facts.intent;
        stored.persona ??= facts.persona;
      });
    },
    async listConversations(query) {
      const matching = [...conversations.values()]
        .filter((stored) => matches(stored, query))
        .sort((a, b) => (isAfter(a.conversation, b.conversation) ? 1 : -1));
      const page = matching.slice(0, query.limit).map(summary);
      const last = page.at(-1);
      return { conversations: page, next: matching.length > query.limit && last ? { createdAt: last.createdAt, id: last.id } : null };
    },
  };
}

/** Whether `conversation` comes after `cursor` in the list's order: older, or as old with a smaller id. */
function isAfter(conversation: { createdAt: string; id: string }, cursor: { createdAt: string; id: string }): boolean {
  return conversation.createdAt < cursor.createdAt || (conversation.createdAt === cursor.createdAt && conversation.id < cursor.id);
}
