/** A conversation handed to a human: the queue record and the packet the human reads first. */
import type { CustomerInfo } from './conversation.js';

/** What the human needs to pick up the conversation, built only from the event log. */
export interface HandoffPacket {
  readonly conversationId: string;
  readonly customer: CustomerInfo | null;
  /** Why the bot handed off: 'customer_request', 'repeated_failure', a safety category, … */
  readonly reason: string;
  /** The last intent the classifier chose, with its confidence; null without an intent model. */
  readonly intent: { readonly label: string; readonly confidence: number } | null;
  /** The last safety category reported in this conversation, or null. */
  readonly safetyCategory: string | null;
  /** Titles and paths of what retrieval found for the customer's messages, best first, without repeats. */
  readonly retrieved: readonly { readonly title: string; readonly path: string; readonly score: number }[];
  /** Customer and bot messages in order. */
  readonly transcript: readonly { readonly role: string; readonly text: string; readonly at: string }[];
  /** Actions that ran, with their outcome. */
  readonly actions: readonly { readonly tool: string; readonly outcome: string; readonly at: string }[];
  /** Ids of the events the packet was built from, so a reviewer can audit it. */
  readonly eventIds: readonly string[];
}

export type HandoffStatus = 'open' | 'claimed' | 'released';

export interface HandoffRecord {
  readonly id: string;
  readonly conversationId: string;
  /** 'open' until a human claims it; 'released' once the bot answers again. */
  readonly status: HandoffStatus;
  readonly reason: string;
  /** Queue name from config; never invented. */
  readonly queue: string;
  readonly createdAt: string;
  readonly claimedBy: string | null;
  readonly claimedAt: string | null;
  readonly releasedAt: string | null;
  readonly packet: HandoffPacket;
}
