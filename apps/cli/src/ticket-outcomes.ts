/**
 * Records the outcome evidence an ingest or sync reads from Zendesk ticket exports (a ticket that links a
 * conversation) through the conversation service, the one writer of a conversation's events.
 */
import { createConversationService } from '@switchboard/core/conversation';
import type { AnswerPipeline } from '@switchboard/core/pipeline';
import type { RecordOutcomes } from '@switchboard/ingest';
import { isSwitchboardError } from '@switchboard/spec';
import type { SqliteStores } from '@switchboard/store-sqlite';
import { newId, wallClock } from './runtime.js';

export function recordTicketOutcomes(stores: SqliteStores, pipeline: AnswerPipeline): RecordOutcomes {
  const { conversations, events, handoffs } = stores;
  const service = createConversationService({ pipeline, conversations, events, handoffs, clock: wallClock, newId });
  return async (outcomes) => {
    const warnings: string[] = [];
    for (const ticket of outcomes) {
      try {
        await service.recordOutcome(ticket.conversationId, { kind: 'ticket', ticket });
      } catch (error) {
        // A ticket may come from another workspace or a conversation since deleted: say so, and record the rest.
        if (!isSwitchboardError(error) || error.code !== 'NOT_FOUND') throw error;
        warnings.push(
          `ticket ${ticket.ticketId} links conversation ${ticket.conversationId}, which this workspace does not have; its outcome is not recorded`,
        );
      }
    }
    return warnings;
  };
}
