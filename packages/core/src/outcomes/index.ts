/**
 * Outcomes: what became of each conversation (resolved by the bot or a person, escalated, abandoned, reopened), its
 * composite quality label and the rater-anomaly filter, and the metrics over them per day, intent, persona or release.
 */
export {
  summarizeOutcomes,
  outcomeTraceIds,
  labelConversations,
  noKey,
  type OutcomeGrouping,
  type OutcomeSummary,
  type OutcomeSummaryInput,
} from './summarize-outcomes.js';
export { outcomeRow, type OutcomeRow, type LabelledConversation } from './outcome-row.js';
export {
  conversationOutcomes,
  unreleased,
  type ConversationOutcome,
  type OutcomeView,
  type OutcomeWindow,
} from './conversation-outcomes.js';
export { deriveOutcome, outcomeLabels, type OutcomeLabel, type OutcomeRecord } from './derive-outcome.js';
export { defaultOutcomeSettings, outcomeSettings, type OutcomeSettings } from './outcome-settings.js';
export {
  agentOutcomes,
  outcomeEvidenceEvent,
  type AgentOutcome,
  type OutcomeEvidence,
  type OutcomeEvidenceEvent,
  type TicketOutcome,
} from './outcome-evidence.js';
export { qualityLabel, type QualityEvidence, type QualityLabel } from './quality-label.js';
export { raterWeights, type Rating, type RaterVerdict } from './rater-anomaly.js';
