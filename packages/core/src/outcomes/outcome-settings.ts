/** The two time windows that turn a conversation's events into an outcome (config `outcomes`). */

export interface OutcomeSettings {
  /**
   * How long the customer must stay silent after the bot's last turn before that turn settles the conversation: an
   * answer becomes a resolution by the bot, a decline or a refusal an abandonment.
   */
  readonly inactivityMs: number;
  /** A customer who comes back within this long of a resolution reopens it; later, it is a new matter. */
  readonly reopenMs: number;
}

const minute = 60_000;
const hour = 60 * minute;

/**
 * 30 minutes: a chat customer who has not written for half an hour has left the widget. 72 hours: the issue's
 * definition of a reopen, which also covers a customer who tries the answer over a weekend.
 */
export const defaultOutcomeSettings: OutcomeSettings = { inactivityMs: 30 * minute, reopenMs: 72 * hour };

/** The settings from config's minutes and hours. */
export function outcomeSettings(config: { readonly inactivityMinutes: number; readonly reopenHours: number }): OutcomeSettings {
  return { inactivityMs: config.inactivityMinutes * minute, reopenMs: config.reopenHours * hour };
}
