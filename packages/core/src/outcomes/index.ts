/** Outcome metrics: what became of conversations (resolved by the bot, escalated, rated), per day, intent or persona. */
export {
  summarizeOutcomes,
  outcomeTraceIds,
  noKey,
  type OutcomeGrouping,
  type OutcomeRow,
  type OutcomeSummary,
  type OutcomeSummaryInput,
} from './summarize-outcomes.js';
export { conversationOutcomes, type ConversationOutcome, type OutcomeWindow } from './conversation-outcomes.js';
