/**
 * The event log as a shadow run's workflow actor sees it: read-only, and a conversation's events only up to its latest
 * `message.received`. The candidate answers after production committed its turn; cut there, it sees the workflow state
 * production saw before answering, not production's own turn (a customer who writes again at once moves the cut).
 */
import { SwitchboardError, type EventQuery, type EventStore, type SwitchboardEvent } from '@switchboard/spec';

export function shadowEventView(events: EventStore): EventStore {
  return {
    async append() {
      throw new SwitchboardError('INTERNAL', 'a shadow run writes nothing to the event log');
    },
    async list(query: EventQuery = {}) {
      if (query.conversationId === undefined) return events.list(query);
      const all = await events.list({ conversationId: query.conversationId });
      const cut = all.findLastIndex((event) => event.type === 'message.received');
      const seen: SwitchboardEvent[] = cut < 0 ? all : all.slice(0, cut + 1);
      const matching = seen.filter(
        (event) => (query.type === undefined || event.type === query.type) && (query.since === undefined || event.at >= query.since),
      );
      return query.limit === undefined ? matching : matching.slice(0, query.limit);
    },
  };
}
