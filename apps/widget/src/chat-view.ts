/** What the chat controller asks of the screen. The DOM panel implements it; tests implement it with a transcript. */
import type { Citation } from './conversation-types.js';

export interface AnswerContent {
  /** The stored bot message, for thumbs; null when the server gave none. */
  readonly id: string | null;
  /** Markdown with `[n]` citation markers. */
  readonly text: string;
  readonly citations: readonly Citation[];
}

/** A bot answer while it streams in. */
export interface StreamingAnswer {
  /** The Markdown so far, shown without citations until the answer is final. */
  update(markdown: string): void;
  /** The final answer replaces the streamed text. */
  finish(answer: AnswerContent): void;
  /** Removes it: the request failed, or the bot stays silent. */
  discard(): void;
}

export interface ChatView {
  showCustomerMessage(text: string): void;
  showBotMessage(answer: AnswerContent): void;
  /** A person's reply; `name` when the widget knows who claimed the conversation. */
  showHumanMessage(text: string, name: string | null): void;
  showNotice(text: string): void;
  /** An error line; `retry`, when given, is offered as a button and answers false when it cannot run now. */
  showError(text: string, retry?: () => boolean): void;
  showTyping(visible: boolean): void;
  startAnswer(): StreamingAnswer;
  /** Who has the conversation, in the header. */
  setStatus(text: string): void;
  setSending(sending: boolean): void;
  /** Whether there is a conversation to end. */
  setConversationOpen(open: boolean): void;
  /** Whether a person has (or is about to have) the conversation. */
  setWithPerson(withPerson: boolean): void;
  /** Something arrived the customer did not ask for just now (a person's reply): flag it if the panel is closed. */
  noteUnread(): void;
}
