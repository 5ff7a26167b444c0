/** The repository of conversations, messages and traces. */
import type { Conversation, CustomerInfo, Message, PipelineTrace } from './conversation.js';

export interface ConversationStore {
  /** Creates a conversation with the given id and customer. */
  createConversation(conversation: Conversation): Promise<void>;
  /** The conversation, or null when unknown. */
  getConversation(id: string): Promise<Conversation | null>;
  /** Sets who answers the conversation: the bot or a human. */
  setStatus(id: string, status: Conversation['status']): Promise<void>;
  /** Merges customer facts into the conversation. */
  updateCustomer(id: string, customer: CustomerInfo): Promise<void>;
  appendMessage(message: Message): Promise<void>;
  /** Messages in the order they were written. */
  listMessages(conversationId: string): Promise<Message[]>;
  saveTrace(trace: PipelineTrace): Promise<void>;
  getTrace(id: string): Promise<PipelineTrace | null>;
}
