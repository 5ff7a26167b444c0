/**
 * Folds the event log into one record per conversation that started in a window: what the customer wrote, what became
 * of each message, handoffs, feedback, the traces of the replies and the conversation's outcome (`deriveOutcome`).
 * The figures of `summarizeOutcomes` come from these.
 */
import type { SwitchboardEvent } from '@switchboard/spec';
import { deriveOutcome, type OutcomeRecord } from './derive-outcome.js';
import { defaultOutcomeSettings, type OutcomeSettings } from './outcome-settings.js';

/** Half-open: from `from` (inclusive) to `to` (exclusive), both ISO times. */
export interface OutcomeWindow {
  readonly from: string;
  readonly to: string;
}

/** When the outcomes are read, and the windows that derive them. */
export interface OutcomeView {
  /** Now: events after it are not read, and a bot's answer settles only once the inactivity window has passed by it. */
  readonly asOf: string;
  readonly settings?: OutcomeSettings;
}

/** The release a conversation is counted under until releases exist (issue 20) or when its replies name none. */
export const unreleased = 'unreleased';

/** What one conversation's events say of it. */
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
  /** Its latest 1–5 rating and when it was given; null when it has none. */
  csat: number | null;
  csatAt: string | null;
  /** The first release its replies name (`release` in a `message.*` event); `unreleased` when none does. */
  release: string;
  /**
   * Who rated it, for the rater-anomaly filter: the verified customer, else the device, else the conversation alone.
   * The body's `customer` is display data anyone can assert, so it never groups ratings.
   */
  rater: string;
  /** What became of it, as of `OutcomeView.asOf`. */
  readonly outcome: OutcomeRecord;
}

const outcomeTypes = ['answered', 'declined', 'handoff', 'refused', 'held'] as const;
type OutcomeType = (typeof outcomeTypes)[number];

const isOutcomeType = (name: string): name is OutcomeType => (outcomeTypes as readonly string[]).includes(name);

/**
 * The conversations created in `window` in which the customer wrote at least once, with their events up to `asOf`
 * but no later than a reopen and an inactivity window after the window's end: a reopen can only come that long after a
 * resolution, and the bound keeps a window that ended that long ago giving the same records (the log is append-only).
 * `events` must hold the log from `window.from` on, in the order it was appended (`EventStore.list({since})`).
 */
export function conversationOutcomes(events: readonly SwitchboardEvent[], window: OutcomeWindow, view: OutcomeView): ConversationOutcome[] {
  const settings = view.settings ?? defaultOutcomeSettings;
  const horizon = Math.min(Date.parse(view.asOf), Date.parse(window.to) + settings.reopenMs + settings.inactivityMs);
  const end = new Date(horizon).toISOString();
  const conversations = new Map<string, { summary: Folding; events: SwitchboardEvent[] }>();
  for (const event of events) {
    if (event.conversationId === null || event.at < window.from || event.at >= end) continue;
    if (event.type === 'conversation.created') {
      if (event.at < window.to) conversations.set(event.conversationId, { summary: started(event), events: [] });
      continue;
    }
    const conversation = conversations.get(event.conversationId);
    if (!conversation) continue;
    record(conversation.summary, event);
    conversation.events.push(event);
  }
  return [...conversations.values()]
    .filter(({ summary }) => summary.messages > 0)
    .map(({ summary, events: own }) => ({ ...summary, outcome: deriveOutcome(own, end, settings) }));
}

/** A conversation while its events are being read: everything but the outcome, which needs them all. */
type Folding = Omit<ConversationOutcome, 'outcome'>;

function started(event: SwitchboardEvent): Folding {
  const conversationId = event.conversationId ?? '';
  const identity = event.data['identity'] as { customerId?: unknown } | null | undefined;
  const deviceId = event.data['deviceId'];
  return {
    conversationId,
    startedAt: event.at,
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
    csatAt: null,
    release: unreleased,
    rater:
      typeof identity?.customerId === 'string'
        ? `customer:${identity.customerId}`
        : typeof deviceId === 'string'
          ? `device:${deviceId}`
          : `conversation:${conversationId}`,
  };
}

function record(conversation: Folding, event: SwitchboardEvent): void {
  const { data } = event;
  if (event.type === 'message.received') conversation.messages += 1;
  else if (event.type === 'handoff.created') conversation.handoffs += 1;
  else if (event.type === 'feedback.recorded') {
    if (data['thumbs'] === 'up') conversation.thumbsUp += 1;
    if (data['thumbs'] === 'down') conversation.thumbsDown += 1;
    if (typeof data['csat'] === 'number') {
      conversation.csat = data['csat'];
      conversation.csatAt = event.at;
    }
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
    if (typeof data['release'] === 'string' && conversation.release === unreleased) conversation.release = data['release'];
  }
}
