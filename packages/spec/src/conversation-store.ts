/** The repository of conversations, messages and traces. */
import type { Conversation, CustomerInfo, Message, PipelineTrace } from './conversation.js';
import type { ConversationListQuery, ConversationPage, MessageOutcomeFacts } from './conversation-list.js';

export interface ConversationStore {
  /** Creates a conversation with the given id and customer. */
  createConversation(conversation: Conversation): Promise<void>;
  /** The conversation, or null when unknown. */
  getConversation(id: string): Promise<Conversation | null>;
  /** Sets who answers the conversation: the bot or a human. Setting 'handoff' marks it handed over for good. */
  setStatus(id: string, status: Conversation['status']): Promise<void>;
  /** Merges customer facts into the conversation. */
  updateCustomer(id: string, customer: CustomerInfo): Promise<void>;
  /** Stores the message and makes it the conversation's latest in its summary. */
  appendMessage(message: Message): Promise<void>;
  /** Messages in the order they were written. */
  listMessages(conversationId: string): Promise<Message[]>;
  saveTrace(trace: PipelineTrace): Promise<void>;
  getTrace(id: string): Promise<PipelineTrace | null>;
  /**
   * Records what became of a customer message in the conversation's summary: its outcome replaces the previous one;
   * the intent and persona are kept only while the summary has none (the first recorded stays).
   */
  recordMessageOutcome(conversationId: string, facts: MessageOutcomeFacts): Promise<void>;
  /**
   * Summaries of the conversations matching `query`, newest first (`createdAt`, then id, descending), read from what
   * the writes above kept up to date; a page never repeats or skips a conversation of the pages before it.
   */
  listConversations(query: ConversationListQuery): Promise<ConversationPage>;
}
