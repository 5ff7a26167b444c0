/**
 * The human side of a handoff: list, claim, take over, reply, release. It owns what an agent's action writes; a
 * handoff itself is opened by the conversation service with the message that caused it.
 */
import { SwitchboardError } from '@switchboard/spec';
import type {
  Clock,
  ConversationStore,
  EventStore,
  HandoffRecord,
  HandoffStatus,
  HandoffStore,
  IdGenerator,
  Message,
} from '@switchboard/spec';

export interface HandoffDeskDependencies {
  readonly handoffs: HandoffStore;
  readonly conversations: ConversationStore;
  readonly events: EventStore;
  readonly clock: Clock;
  readonly newId: IdGenerator;
}

export interface HandoffDesk {
  /** The handoff a conversation is in now (open or claimed), or null. */
  current(conversationId: string): Promise<HandoffRecord | null>;
  list(status?: readonly HandoffStatus[]): Promise<HandoffRecord[]>;
  /**
   * Claims an open handoff for `agent`; of concurrent claims exactly one wins and the rest throw ALREADY_CLAIMED
   * naming the holder. A claimed handoff changes hands only with `takeOver`, conditional on the holder seen.
   * Claiming again what `agent` already holds returns it unchanged.
   */
  claim(id: string, agent: string, options?: { readonly takeOver?: boolean }): Promise<HandoffRecord>;
  /** Stores a human reply; with `agent`, only while nobody else holds the handoff. */
  reply(id: string, text: string, agent: string | null): Promise<Message>;
  /** Gives the conversation back to the bot; with `agent`, only while that agent holds the handoff. */
  release(id: string, agent?: string | null): Promise<HandoffRecord>;
}

export function createHandoffDesk(deps: HandoffDeskDependencies): HandoffDesk {
  const now = (): string => new Date(deps.clock()).toISOString();
  const log = (type: string, conversationId: string, data: Record<string, unknown>) =>
    deps.events.append({ id: deps.newId('evt'), type, at: now(), conversationId, data });
  const find = async (id: string): Promise<HandoffRecord> => {
    const record = await deps.handoffs.get(id);
    if (!record) throw new SwitchboardError('NOT_FOUND', `handoff ${id} does not exist`);
    return record;
  };
  /** The error for a caller who found the handoff no longer as they needed it. */
  const conflict = (record: HandoffRecord): SwitchboardError =>
    record.status === 'claimed'
      ? new SwitchboardError(
          'ALREADY_CLAIMED',
          `handoff ${record.id} is held by ${record.claimedBy} since ${record.claimedAt}; ` +
            'leave it to them, or claim it with {"takeOver": true} to take it over',
          { details: { heldBy: record.claimedBy, claimedAt: record.claimedAt } },
        )
      : new SwitchboardError(
          'HANDOFF_CHANGED',
          record.status === 'released'
            ? `handoff ${record.id} was released at ${record.releasedAt} and the conversation is back with the bot`
            : `handoff ${record.id} is open and held by nobody; claim it first`,
          { details: { status: record.status } },
        );
  return {
    async current(conversationId) {
      const [record] = await deps.handoffs.list({ conversationId, status: ['open', 'claimed'] });
      return record ?? null;
    },
    list: (status) => deps.handoffs.list(status ? { status } : {}),
    async claim(id, agent, options = {}) {
      const claimed = { status: 'claimed' as const, claimedBy: agent, claimedAt: now() };
      const won = await deps.handoffs.transition(id, { status: ['open'] }, claimed);
      if (won) {
        await log('handoff.claimed', won.conversationId, { handoffId: id, agent });
        return won;
      }
      const seen = await find(id);
      if (seen.status === 'claimed' && seen.claimedBy === agent) return seen;
      if (seen.status !== 'claimed' || !options.takeOver) throw conflict(seen);
      // Conditional on the holder just seen, so of two racing takeovers only one applies.
      const taken = await deps.handoffs.transition(id, { status: ['claimed'], claimedBy: seen.claimedBy }, claimed);
      if (!taken) throw conflict(await find(id));
      await log('handoff.taken_over', taken.conversationId, { handoffId: id, agent, previousAgent: seen.claimedBy });
      return taken;
    },
    async reply(id, text, agent) {
      // A reply writes the conversation, not the handoff, so this is a check and not a conditional write:
      // a reply racing a takeover or a release may land just after it, as if it had come first.
      const record = await find(id);
      if (record.status === 'released' || (agent !== null && record.status === 'claimed' && record.claimedBy !== agent))
        throw conflict(record);
      const message: Message = {
        id: deps.newId('msg'),
        conversationId: record.conversationId,
        role: 'human',
        text,
        createdAt: now(),
        citations: [],
        traceId: null,
      };
      await deps.conversations.appendMessage(message);
      await log('message.human', record.conversationId, { handoffId: id, text, agent, messageId: message.id });
      return message;
    },
    async release(id, agent = null) {
      const expected = agent === null ? { status: ['open', 'claimed'] as const } : { status: ['claimed'] as const, claimedBy: agent };
      const released = await deps.handoffs.transition(id, expected, { status: 'released', releasedAt: now() });
      if (!released) throw conflict(await find(id));
      await deps.conversations.setStatus(released.conversationId, 'bot');
      await log('handoff.released', released.conversationId, { handoffId: id, agent });
      return released;
    },
  };
}
