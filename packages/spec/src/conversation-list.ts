/** The conversation list the console reads: one summary per conversation, kept up to date as the conversation is written. */
import type { Conversation, CustomerInfo, MessageRole } from './conversation.js';

/**
 * What became of one customer message, as the conversation service commits it (the event `message.<outcome>`): the
 * bot answered it, declined and offered a person, handed the conversation to a person, refused it, or held it for the
 * person who owns the conversation.
 */
export type MessageOutcomeType = 'answered' | 'declined' | 'handoff' | 'refused' | 'held';

/** The conversation service's decision about one customer message, as the conversation's summary keeps it. */
export interface MessageOutcomeFacts {
  readonly outcome: MessageOutcomeType;
  /** The in-scope intent the pipeline classified the message as; null when none (no intent model, out of scope, held). */
  readonly intent: string | null;
  /** The persona the reply was written for; null when none applied. */
  readonly persona: string | null;
}

/** Where a page of the list ended: the next page starts after this conversation. */
export interface ConversationCursor {
  readonly createdAt: string;
  readonly id: string;
}

/** Which conversations to list; every filter given must hold. */
export interface ConversationListQuery {
  /** Only conversations with a message containing this text, ignoring case (at least of ASCII letters; SQLite's LIKE). */
  readonly text?: string;
  readonly status?: Conversation['status'];
  /** true: only conversations ever handed to a person; false: only those never handed over. */
  readonly handedOff?: boolean;
  readonly intent?: string;
  readonly persona?: string;
  /** What became of the conversation's latest customer message. */
  readonly outcome?: MessageOutcomeType;
  /** ISO time: only conversations created at or after it. */
  readonly from?: string;
  /** ISO time: only conversations created before it. */
  readonly to?: string;
  /** At most this many conversations (at least 1). */
  readonly limit: number;
  /** Only conversations after this one in the list's order (the previous page's `next`). */
  readonly before?: ConversationCursor;
}

/** One conversation as the list shows it. */
export interface ConversationSummary {
  readonly id: string;
  readonly createdAt: string;
  /** When its latest message was written; `createdAt` until the first. */
  readonly updatedAt: string;
  readonly status: Conversation['status'];
  /** Display data the caller asserted (never deciding anything). */
  readonly customer: CustomerInfo | null;
  /** How many messages it holds: the customer's, the bot's and people's. */
  readonly messages: number;
  /** The latest message written; null before the first. */
  readonly lastMessage: { readonly role: MessageRole; readonly text: string; readonly at: string } | null;
  /** The first in-scope intent recorded for it: what the customer came for. */
  readonly intent: string | null;
  /** The first persona recorded for it. */
  readonly persona: string | null;
  /** What became of its latest customer message; null before the first was decided. */
  readonly outcome: MessageOutcomeType | null;
  /** Whether it was ever handed to a person (its status became 'handoff' at least once). */
  readonly handedOff: boolean;
}

/** One page of the list: newest conversation first (by `createdAt`, then id, both descending). */
export interface ConversationPage {
  readonly conversations: readonly ConversationSummary[];
  /** Pass as `before` for the next page; null on the last page. */
  readonly next: ConversationCursor | null;
}
