/** The conversation service: the one owner of what a customer message produces, and the per-conversation lock. */
export {
  createConversationService,
  type ConversationService,
  type ConversationServiceDependencies,
  type CustomerFeedback,
  type IncomingMessage,
  type MessageOutcome,
  type StartInput,
} from './conversation-service.js';
export { verifiedContext, type VerifiedContext } from './verified-context.js';
export { createInProcessConversationLock } from './conversation-lock.js';
export {
  createKillSwitch,
  defaultKillSwitchCacheMilliseconds,
  defaultKillSwitchMessage,
  killSwitchName,
  killSwitchReason,
  type KillSwitch,
  type KillSwitchChange,
} from './kill-switch.js';
