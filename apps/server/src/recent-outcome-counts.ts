/** Conversations started in the last 24 hours by outcome, for the `/metrics` gauge (http-metrics.ts). */
import type { Clock, EventStore } from '@switchboard/spec';
import { conversationOutcomes, outcomeLabels, type OutcomeSettings } from '@switchboard/core/outcomes';

const day = 86_400_000;

export interface RecentOutcomeDependencies {
  readonly events: EventStore;
  readonly clock: Clock;
  readonly settings?: OutcomeSettings;
}

/**
 * Reads one day of the event log (a range of the `events_by_time` index) at each scrape. A day, not the console's 30: a scrape every
 * 15 seconds must stay cheap, and Prometheus keeps the history itself.
 */
export function recentOutcomeCounts(deps: RecentOutcomeDependencies): () => Promise<Record<string, number>> {
  return async () => {
    const asOf = new Date(deps.clock()).toISOString();
    const from = new Date(deps.clock() - day).toISOString();
    const events = await deps.events.list({ since: from });
    const counts: Record<string, number> = Object.fromEntries(outcomeLabels.map((label) => [label, 0]));
    for (const { outcome } of conversationOutcomes(
      events,
      { from, to: asOf },
      { asOf, ...(deps.settings ? { settings: deps.settings } : {}) },
    ))
      counts[outcome.outcome] = (counts[outcome.outcome] ?? 0) + 1;
    return counts;
  };
}
