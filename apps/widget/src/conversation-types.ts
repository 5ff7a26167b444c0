/** The shapes of the customer routes' responses the widget reads (scratch/surfaces-contract.md), only the fields it uses. */

export interface Citation {
  readonly index: number;
  readonly title: string;
  /** Section path below the title, e.g. "Eligibility"; may be empty. */
  readonly section?: string;
  readonly url?: string | null;
}

export type MessageRole = 'customer' | 'bot' | 'human';

/** A stored message, as GET /v1/conversations/:id and the events stream give it. */
export interface ConversationMessage {
  readonly id: string;
  readonly role: MessageRole;
  readonly text: string;
  readonly citations: readonly Citation[];
}

export interface ConversationRecord {
  readonly id: string;
  /** 'handoff' while a person owns the conversation. */
  readonly status: 'bot' | 'handoff';
  readonly messages: readonly ConversationMessage[];
}

export type HandoffStatus = 'open' | 'claimed' | 'released';

/** A change of who owns the conversation: the events stream's `handoff` event, or the handoff route's record. */
export interface HandoffUpdate {
  readonly id: string;
  readonly status: HandoffStatus;
  /** The agent's name once claimed. */
  readonly claimedBy: string | null;
}

/** The bot's reply to a message (the streamed `message` event or the JSON response). */
export interface MessageReply {
  /** The stored bot message, for thumbs; null when silent. */
  readonly messageId: string | null;
  /** Markdown with `[n]` markers; null when silent. */
  readonly text: string | null;
  readonly citations: readonly Citation[];
  /** `transferred` when the message put the conversation in a person's hands. */
  readonly handoff: { readonly mode: 'offered' | 'transferred'; readonly id?: string; readonly status?: HandoffStatus } | null;
  /** A person owns the conversation: the bot says nothing. */
  readonly silent: boolean;
}
