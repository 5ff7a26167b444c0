/**
 * Folds the event log into one record per conversation that started in a window: what the customer wrote, what became
 * of each message, handoffs, feedback and the traces of the replies. The figures of `summarizeOutcomes` come from these.
 */
import type { SwitchboardEvent } from '@switchboard/spec';

/** Half-open: from `from` (inclusive) to `to` (exclusive), both ISO times. */
export interface OutcomeWindow {
  readonly from: string;
  readonly to: string;
}

/** What one conversation's events in the window say of it. */
export interface ConversationOutcome {
  readonly conversationId: string;
  /** When it was created (its `conversation.created` event). */
  readonly startedAt: string;
  /** Customer messages (`message.received`). */
  messages: number;
  /** How many of its messages ended each way (`message.answered`, `message.declined`, …). */
  readonly outcomes: Record<'answered' | 'declined' | 'handoff' | 'refused' | 'held', number>;
  /** Handoffs opened (`handoff.created`): by the bot, or the customer asking for a person. */
  handoffs: number;
  /** The first in-scope intent of its messages, as the conversation list keeps it; null when none. */
  intent: string | null;
  /** The first persona its replies were written for; null when none. */
  persona: string | null;
  /** Every intent label its messages were classified as, out-of-scope labels included, in order. */
  readonly intentLabels: string[];
  /** The traces of the bot's replies. */
  readonly traceIds: string[];
  thumbsUp: number;
  thumbsDown: number;
  /** Its latest 1–5 rating; null when it has none. */
  csat: number | null;
}

const outcomeTypes = ['answered', 'declined', 'handoff', 'refused', 'held'] as const;
type OutcomeType = (typeof outcomeTypes)[number];

const isOutcomeType = (name: string): name is OutcomeType => (outcomeTypes as readonly string[]).includes(name);

/**
 * The conversations created in `window` in which the customer wrote at least once, with their events up to the end of
 * the window (the log is append-only, so a window that has passed always gives the same records). `events` must hold
 * the log from `window.from` on, in the order it was appended (`EventStore.list({since})`).
 */
export function conversationOutcomes(events: readonly SwitchboardEvent[], window: OutcomeWindow): ConversationOutcome[] {
  const conversations = new Map<string, ConversationOutcome>();
  for (const event of events) {
    if (event.conversationId === null || event.at < window.from || event.at >= window.to) continue;
    if (event.type === 'conversation.created') {
      conversations.set(event.conversationId, started(event.conversationId, event.at));
      continue;
    }
    const conversation = conversations.get(event.conversationId);
    if (conversation) record(conversation, event);
  }
  return [...conversations.values()].filter((conversation) => conversation.messages > 0);
}

function started(conversationId: string, at: string): ConversationOutcome {
  return {
    conversationId,
    startedAt: at,
    messages: 0,
    outcomes: { answered: 0, declined: 0, handoff: 0, refused: 0, held: 0 },
    handoffs: 0,
    intent: null,
    persona: null,
    intentLabels: [],
    traceIds: [],
    thumbsUp: 0,
    thumbsDown: 0,
    csat: null,
  };
}

function record(conversation: ConversationOutcome, event: SwitchboardEvent): void {
  const { data } = event;
  if (event.type === 'message.received') conversation.messages += 1;
  else if (event.type === 'handoff.created') conversation.handoffs += 1;
  else if (event.type === 'feedback.recorded') {
    if (data['thumbs'] === 'up') conversation.thumbsUp += 1;
    if (data['thumbs'] === 'down') conversation.thumbsDown += 1;
    if (typeof data['csat'] === 'number') conversation.csat = data['csat'];
  } else if (event.type.startsWith('message.')) {
    const outcome = event.type.slice('message.'.length);
    if (!isOutcomeType(outcome)) return;
    conversation.outcomes[outcome] += 1;
    if (typeof data['traceId'] === 'string') conversation.traceIds.push(data['traceId']);
    const intent = data['intent'] as { label?: unknown; outOfScope?: unknown } | null | undefined;
    if (typeof intent?.label === 'string') {
      conversation.intentLabels.push(intent.label);
      if (intent.outOfScope !== true) conversation.intent ??= intent.label;
    }
    if (typeof data['persona'] === 'string') conversation.persona ??= data['persona'];
  }
}
