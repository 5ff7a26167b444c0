/** Builds the packet a human reads on pickup, from the conversation's event log alone (nothing the bot remembers). */
import type { CustomerInfo, HandoffPacket, HandoffRecord, SwitchboardEvent } from '@switchboard/spec';

type Retrieved = HandoffPacket['retrieved'][number];

const botMessageEvents = new Set(['message.answered', 'message.declined', 'message.handoff']);

export function buildHandoffPacket(conversationId: string, reason: string, events: readonly SwitchboardEvent[]): HandoffPacket {
  let customer: CustomerInfo | null = null;
  let intent: HandoffPacket['intent'] = null;
  let safetyCategory: string | null = null;
  const retrieved = new Map<string, Retrieved>();
  const transcript: HandoffPacket['transcript'][number][] = [];
  const actions: HandoffPacket['actions'][number][] = [];
  const used: string[] = [];
  for (const event of events) {
    if (event.conversationId !== conversationId) continue;
    const data = event.data;
    let relevant = true;
    if (event.type === 'conversation.created' || event.type === 'customer.updated') {
      if (isRecord(data['customer'])) customer = { ...(customer ?? {}), ...(data['customer'] as CustomerInfo) };
    } else if (event.type === 'message.received' || event.type === 'message.human') {
      transcript.push({ role: event.type === 'message.human' ? 'human' : 'customer', text: String(data['text'] ?? ''), at: event.at });
    } else if (botMessageEvents.has(event.type)) {
      if (typeof data['text'] === 'string' && data['text']) transcript.push({ role: 'bot', text: data['text'], at: event.at });
      const seenIntent = data['intent'];
      if (isRecord(seenIntent) && typeof seenIntent['label'] === 'string')
        intent = { label: seenIntent['label'], confidence: Number(seenIntent['confidence'] ?? 0) };
      const safety = data['safety'];
      if (isRecord(safety) && typeof safety['category'] === 'string') safetyCategory = safety['category'];
      for (const hit of Array.isArray(data['retrieved']) ? data['retrieved'] : []) {
        if (!isRecord(hit) || typeof hit['path'] !== 'string') continue;
        const entry = { title: String(hit['title'] ?? hit['path']), path: hit['path'], score: Number(hit['score'] ?? 0) };
        const before = retrieved.get(entry.path);
        if (!before || before.score < entry.score) retrieved.set(entry.path, entry);
      }
    } else if (event.type.startsWith('action.')) {
      actions.push({ tool: String(data['tool'] ?? 'unknown'), outcome: String(data['outcome'] ?? event.type.slice(7)), at: event.at });
    } else {
      relevant = false;
    }
    if (relevant) used.push(event.id);
  }
  return {
    conversationId,
    customer,
    reason,
    intent,
    safetyCategory,
    retrieved: [...retrieved.values()].sort((a, b) => b.score - a.score),
    transcript,
    actions,
    eventIds: used,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A handoff as it is opened: waiting in `queue` for a person, with the packet built from the conversation's whole log. */
export function openHandoffRecord(fields: {
  readonly id: string;
  readonly conversationId: string;
  readonly reason: string;
  readonly queue: string;
  readonly createdAt: string;
  readonly events: readonly SwitchboardEvent[];
}): HandoffRecord {
  const { id, conversationId, reason, queue, createdAt, events } = fields;
  return {
    id,
    conversationId,
    status: 'open',
    reason,
    queue,
    createdAt,
    claimedBy: null,
    claimedAt: null,
    releasedAt: null,
    packet: buildHandoffPacket(conversationId, reason, events),
  };
}
