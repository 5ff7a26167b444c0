/** The human side of a handoff: open one (record + packet from the event log), claim, reply, release. */
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
import { buildHandoffPacket } from './build-handoff-packet.js';

export interface HandoffDeskDependencies {
  readonly handoffs: HandoffStore;
  readonly conversations: ConversationStore;
  readonly events: EventStore;
  readonly clock: Clock;
  readonly newId: IdGenerator;
}

export interface HandoffDesk {
  /** Hands the conversation to a human: the bot stays silent in it until `release`. */
  open(conversationId: string, reason: string, queue: string): Promise<HandoffRecord>;
  /** The handoff a conversation is in now (open or claimed), or null. */
  current(conversationId: string): Promise<HandoffRecord | null>;
  list(status?: readonly HandoffStatus[]): Promise<HandoffRecord[]>;
  claim(id: string, agent: string): Promise<HandoffRecord>;
  reply(id: string, text: string, agent: string | null): Promise<Message>;
  release(id: string): Promise<HandoffRecord>;
}

export function createHandoffDesk(deps: HandoffDeskDependencies): HandoffDesk {
  const now = (): string => new Date(deps.clock()).toISOString();
  const log = (type: string, conversationId: string, data: Record<string, unknown>) =>
    deps.events.append({ id: deps.newId('evt'), type, at: now(), conversationId, data });
  const require = async (id: string, allowed: readonly HandoffStatus[]): Promise<HandoffRecord> => {
    const record = await deps.handoffs.get(id);
    if (!record) throw new SwitchboardError('NOT_FOUND', `handoff ${id} does not exist; list them with GET /v1/handoffs`);
    if (!allowed.includes(record.status))
      throw new SwitchboardError('VALIDATION_FAILED', `handoff ${id} is ${record.status}; this needs it ${allowed.join(' or ')}`);
    return record;
  };
  return {
    async open(conversationId, reason, queue) {
      const existing = await this.current(conversationId);
      if (existing) return existing;
      const packet = buildHandoffPacket(conversationId, reason, await deps.events.list({ conversationId }));
      const record: HandoffRecord = {
        id: deps.newId('handoff'),
        conversationId,
        status: 'open',
        reason,
        queue,
        createdAt: now(),
        claimedBy: null,
        claimedAt: null,
        releasedAt: null,
        packet,
      };
      await deps.handoffs.create(record);
      await deps.conversations.setStatus(conversationId, 'handoff');
      await log('handoff.created', conversationId, { handoffId: record.id, reason, queue });
      return record;
    },
    async current(conversationId) {
      const [record] = await deps.handoffs.list({ conversationId, status: ['open', 'claimed'] });
      return record ?? null;
    },
    list: (status) => deps.handoffs.list(status ? { status } : {}),
    async claim(id, agent) {
      const record = { ...(await require(id, ['open', 'claimed'])), status: 'claimed' as const, claimedBy: agent, claimedAt: now() };
      await deps.handoffs.update(record);
      await log('handoff.claimed', record.conversationId, { handoffId: id, agent });
      return record;
    },
    async reply(id, text, agent) {
      const record = await require(id, ['open', 'claimed']);
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
    async release(id) {
      const record = { ...(await require(id, ['open', 'claimed'])), status: 'released' as const, releasedAt: now() };
      await deps.handoffs.update(record);
      await deps.conversations.setStatus(record.conversationId, 'bot');
      await log('handoff.released', record.conversationId, { handoffId: id });
      return record;
    },
  };
}
