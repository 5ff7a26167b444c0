/** A ChatView that writes what the customer would see as lines of text, for the controller tests. */
import type { AnswerContent, ChatView } from '../chat-view.js';

export interface TranscriptView extends ChatView {
  /** One line per thing shown: 'customer: hi', 'bot m1: text [1 Refunds]', 'notice: …', 'error: …'. */
  readonly lines: string[];
  readonly state: { status: string; withPerson: boolean; conversationOpen: boolean; sending: boolean; typing: boolean; unread: number };
  /** The retry offered by the last error line, if any. */
  retry: (() => boolean) | null;
  /** Each streamed update of the answer in progress. */
  readonly streamed: string[];
}

const describeAnswer = (answer: AnswerContent): string =>
  `bot ${answer.id ?? '-'}: ${answer.text}${answer.citations.map((citation) => ` [${citation.index} ${citation.title}]`).join('')}`;

export function createTranscriptView(): TranscriptView {
  const lines: string[] = [];
  const streamed: string[] = [];
  const state = { status: '', withPerson: false, conversationOpen: false, sending: false, typing: false, unread: 0 };
  const view: TranscriptView = {
    lines,
    state,
    streamed,
    retry: null,
    showCustomerMessage: (text) => void lines.push(`customer: ${text}`),
    showBotMessage: (answer) => void lines.push(describeAnswer(answer)),
    showHumanMessage: (text, name) => void lines.push(`human ${name ?? '?'}: ${text}`),
    showNotice: (text) => void lines.push(`notice: ${text}`),
    showError: (text, retry) => {
      lines.push(`error: ${text}${retry ? ' (retry)' : ''}`);
      view.retry = retry ?? null;
    },
    showTyping: (visible) => {
      state.typing = visible;
    },
    startAnswer: () => {
      let finished = false;
      return {
        update: (markdown) => void streamed.push(markdown),
        finish: (answer) => {
          if (finished) throw new Error('an answer finished twice');
          finished = true;
          lines.push(describeAnswer(answer));
        },
        discard: () => void lines.push('(streamed answer removed)'),
      };
    },
    setStatus: (text) => {
      state.status = text;
    },
    setSending: (sending) => {
      state.sending = sending;
    },
    setConversationOpen: (open) => {
      state.conversationOpen = open;
    },
    setWithPerson: (withPerson) => {
      state.withPerson = withPerson;
    },
    noteUnread: () => {
      state.unread += 1;
    },
  };
  return view;
}
