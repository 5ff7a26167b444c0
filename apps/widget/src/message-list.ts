/**
 * The conversation on screen: a role="log" live region the messages, notices, errors and the typing indicator are
 * appended to. While an answer streams in, the log is aria-busy, so a screen reader reads the answer once, whole.
 */
import { answerFeedback, type Thumbs } from './answer-feedback.js';
import type { AnswerContent, StreamingAnswer } from './chat-view.js';
import { element, replaceChildren } from './dom.js';
import type { Labels } from './labels.js';
import { renderAnswer, renderSources } from './render-answer.js';

export interface MessageList {
  readonly element: HTMLElement;
  appendCustomer(text: string): void;
  appendBot(answer: AnswerContent): void;
  appendHuman(text: string, name: string | null): void;
  appendNotice(text: string): void;
  appendError(text: string, retry?: () => boolean): void;
  setTyping(visible: boolean): void;
  startAnswer(): StreamingAnswer;
  scrollToEnd(): void;
}

export function createMessageList(labels: Labels, rate: (messageId: string, thumbs: Thumbs) => Promise<boolean>): MessageList {
  const log = element('div', { class: 'sb-log', role: 'log', 'aria-live': 'polite', 'aria-label': labels.messagesLabel, tabindex: '0' });
  let typing: HTMLElement | null = null;

  const scrollToEnd = (): void => {
    log.scrollTop = log.scrollHeight;
  };
  /** Adds a message above the typing indicator, so the indicator stays last. */
  const append = (node: HTMLElement): HTMLElement => {
    log.insertBefore(node, typing);
    scrollToEnd();
    return node;
  };
  // Who said it, for screen readers (a log read aloud needs speakers); the bubbles show it by their place and colour.
  const speaker = (name: string): HTMLElement => element('span', { class: 'sb-visually-hidden' }, `${name}: `);
  const botBody = (answerElement: HTMLElement, answer: AnswerContent): void => {
    replaceChildren(answerElement, renderAnswer(answer.text, answer.citations, labels));
    const message = answerElement.parentElement!;
    const sources = renderSources(answer.citations, labels);
    if (sources) message.append(sources);
    if (answer.id) {
      const id = answer.id;
      message.setAttribute('data-message-id', id);
      message.append(answerFeedback(labels, (thumbs) => rate(id, thumbs)));
    }
  };
  const botShell = (): { message: HTMLElement; answer: HTMLElement } => {
    const answer = element('div', { class: 'sb-answer' });
    return { message: element('div', { class: 'sb-msg sb-bot' }, speaker(labels.assistant), answer), answer };
  };

  return {
    element: log,
    scrollToEnd,
    appendCustomer(text) {
      append(element('div', { class: 'sb-msg sb-customer' }, speaker(labels.you), element('span', { class: 'sb-text' }, text)));
    },
    appendBot(answer) {
      const shell = botShell();
      append(shell.message);
      botBody(shell.answer, answer);
    },
    appendHuman(text, name) {
      append(
        element(
          'div',
          { class: 'sb-msg sb-human' },
          element('span', { class: 'sb-speaker' }, name ?? labels.agent),
          element('span', { class: 'sb-text' }, text),
        ),
      );
    },
    appendNotice(text) {
      append(element('p', { class: 'sb-msg sb-notice' }, text));
    },
    appendError(text, retry) {
      const line = append(element('div', { class: 'sb-msg sb-notice sb-error' }, text));
      if (!retry) return;
      const again = element('button', { type: 'button', class: 'sb-retry' }, labels.retry);
      again.addEventListener('click', () => {
        if (retry()) line.remove();
      });
      line.append(' ', again);
    },
    setTyping(visible) {
      if (visible && !typing) {
        // Made anew each time: a live region announces nodes added, not nodes unhidden.
        typing = element(
          'div',
          { class: 'sb-typing', role: 'status', 'aria-label': labels.typing },
          ...[1, 2, 3].map(() => element('span', { 'aria-hidden': 'true' })),
        );
        log.append(typing);
        scrollToEnd();
      } else if (!visible && typing) {
        typing.remove();
        typing = null;
      }
    },
    startAnswer() {
      const shell = botShell();
      append(shell.message);
      log.setAttribute('aria-busy', 'true');
      const nearEnd = (): boolean => log.scrollHeight - log.scrollTop - log.clientHeight < 80;
      return {
        update(markdown) {
          const follow = nearEnd();
          replaceChildren(shell.answer, renderAnswer(markdown, [], labels));
          // Follow the answer as it grows, unless the customer scrolled up to read.
          if (follow) scrollToEnd();
        },
        finish(answer) {
          botBody(shell.answer, answer);
          log.removeAttribute('aria-busy');
          scrollToEnd();
        },
        discard() {
          shell.message.remove();
          log.removeAttribute('aria-busy');
        },
      };
    },
  };
}
