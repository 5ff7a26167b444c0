/** An EventStore in memory, for tests of code that writes or reads events. */
import type { EventQuery, EventStore, SwitchboardEvent } from '@switchboard/spec';

export function memoryEventStore(): EventStore {
  const stored: SwitchboardEvent[] = [];
  return {
    async append(event) {
      if (stored.some((known) => known.id === event.id)) throw new Error(`event ${event.id} is already stored`);
      // A copy, so the caller changing its object later does not change the record.
      stored.push(structuredClone(event));
    },
    async list(query: EventQuery = {}) {
      const matching = stored.filter(
        (event) =>
          (query.type === undefined || event.type === query.type) &&
          (query.conversationId === undefined || event.conversationId === query.conversationId) &&
          (query.since === undefined || event.at >= query.since),
      );
      return structuredClone(query.limit === undefined ? matching : matching.slice(0, query.limit));
    },
  };
}
