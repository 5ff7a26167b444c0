/** The conversation service: the one owner of what a customer message produces, and the per-conversation lock. */
export {
  createConversationService,
  type ConversationService,
  type ConversationServiceDependencies,
  type IncomingMessage,
  type MessageOutcome,
} from './conversation-service.js';
export { createInProcessConversationLock } from './conversation-lock.js';
