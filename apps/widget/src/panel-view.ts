/**
 * The launcher and the chat panel, in a Shadow DOM on their own host element so the page's CSS cannot reach them.
 * Implements ChatView for the controller; keyboard: Enter sends, Shift+Enter is a new line, Escape closes and puts
 * the focus back on the launcher.
 */
import type { Thumbs } from './answer-feedback.js';
import type { ChatView } from './chat-view.js';
import { element, replaceChildren } from './dom.js';
import { icon } from './icons.js';
import type { Labels } from './labels.js';
import { createMessageList } from './message-list.js';
import { createRatingForm } from './rating-form.js';
import { widgetStyles } from './widget-styles.js';

export interface PanelActions {
  send(text: string): void;
  requestHuman(): void;
  rateAnswer(messageId: string, thumbs: Thumbs): Promise<boolean>;
  endChat(csat: number, comment: string): Promise<boolean>;
  opened(): void;
}

export interface PanelView {
  /** The element to append to the page's body. */
  readonly host: HTMLElement;
  readonly chat: ChatView;
  open(): void;
  close(): void;
}

export function createPanelView(options: {
  readonly labels: Labels;
  readonly language: string;
  readonly title: string;
  readonly actions: PanelActions;
}): PanelView {
  const { labels, actions } = options;
  const host = document.createElement('switchboard-widget');
  // Inline and !important: outranks any rule of the page's own that matches the host element.
  host.style.setProperty('all', 'initial', 'important');
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root);

  const launcher = element(
    'button',
    { type: 'button', class: 'sb-launcher', 'aria-label': labels.openChat, 'aria-expanded': 'false', 'aria-controls': 'sb-panel' },
    icon('chat'),
  );
  const close = element(
    'button',
    { type: 'button', class: 'sb-close', 'aria-label': labels.closeChat, title: labels.closeChat },
    icon('close'),
  );
  const status = element('p', { class: 'sb-status' }, labels.statusBot);
  const messages = createMessageList(labels, actions.rateAnswer);
  const humanRequest = element('button', { type: 'button', class: 'sb-pill sb-human-request' }, labels.talkToPerson);
  const end = element('button', { type: 'button', class: 'sb-pill sb-end', hidden: true }, labels.endChat);
  const toolbar = element('div', { class: 'sb-toolbar' }, humanRequest, end);
  const input = element('textarea', {
    id: 'sb-input',
    class: 'sb-input',
    rows: '1',
    placeholder: labels.placeholder,
    enterkeyhint: 'send',
  });
  const send = element(
    'button',
    { type: 'submit', class: 'sb-send', 'aria-label': labels.send, title: labels.send, 'aria-disabled': 'false' },
    icon('send'),
  );
  const composer = element(
    'form',
    { class: 'sb-composer' },
    element('label', { class: 'sb-visually-hidden', for: 'sb-input' }, labels.messageLabel),
    input,
    send,
  );
  const showComposer = (visible: boolean): void => {
    toolbar.hidden = !visible;
    composer.hidden = !visible;
    rating.element.hidden = visible;
  };
  const rating = createRatingForm(labels, {
    submit: async (csat, comment) => {
      const stored = await actions.endChat(csat, comment);
      if (stored) {
        showComposer(true);
        input.focus();
      }
      return stored;
    },
    cancel: () => {
      showComposer(true);
      end.focus();
    },
  });
  const panel = element(
    'section',
    {
      id: 'sb-panel',
      class: 'sb-panel',
      role: 'dialog',
      'aria-label': options.title === labels.title ? labels.chatLabel : options.title,
      lang: options.language,
      hidden: true,
    },
    element(
      'header',
      { class: 'sb-header' },
      element('div', { class: 'sb-heading' }, element('h2', { class: 'sb-title' }, options.title), status),
      close,
    ),
    messages.element,
    toolbar,
    composer,
    rating.element,
  );
  root.append(launcher, panel);

  let sending = false;
  const isOpen = (): boolean => !panel.hidden;
  const open = (): void => {
    if (isOpen()) return;
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    launcher.setAttribute('aria-label', labels.openChat);
    launcher.classList.remove('sb-has-unread');
    replaceChildren(launcher, icon('close'));
    messages.scrollToEnd();
    (composer.hidden ? rating.element.querySelector<HTMLElement>('[tabindex="0"]') : input)?.focus();
    actions.opened();
  };
  const closePanel = (returnFocus: boolean): void => {
    if (!isOpen()) return;
    // Focus inside the panel would vanish with it: put it back where the customer opened the chat.
    const focusWasInside = panel.contains(root.activeElement);
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    replaceChildren(launcher, icon('chat'));
    if (returnFocus || focusWasInside) launcher.focus();
  };
  const submit = (): void => {
    const text = input.value;
    if (sending || !text.trim()) return;
    input.value = '';
    fitInput();
    actions.send(text);
  };
  const fitInput = (): void => {
    input.style.height = 'auto';
    input.style.height = `${Math.min(input.scrollHeight, 120)}px`;
  };

  launcher.addEventListener('click', () => (isOpen() ? closePanel(true) : open()));
  close.addEventListener('click', () => closePanel(true));
  root.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape' && isOpen()) {
      event.preventDefault();
      closePanel(true);
    }
  });
  composer.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  input.addEventListener('keydown', (event) => {
    // While an input method composes (Japanese, Chinese…), Enter picks a candidate: it must not send.
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) return;
    event.preventDefault();
    submit();
  });
  input.addEventListener('input', fitInput);
  humanRequest.addEventListener('click', () => actions.requestHuman());
  end.addEventListener('click', () => {
    showComposer(false);
    rating.start();
  });

  const chat: ChatView = {
    showCustomerMessage: (text) => messages.appendCustomer(text),
    showBotMessage: (answer) => messages.appendBot(answer),
    showHumanMessage: (text, name) => messages.appendHuman(text, name),
    showNotice: (text) => messages.appendNotice(text),
    showError: (text, retry) => messages.appendError(text, retry),
    showTyping: (visible) => messages.setTyping(visible),
    startAnswer: () => messages.startAnswer(),
    setStatus: (text) => {
      status.textContent = text;
    },
    setSending: (value) => {
      sending = value;
      send.setAttribute('aria-disabled', String(value));
    },
    setConversationOpen: (conversationOpen) => {
      end.hidden = !conversationOpen;
      if (!conversationOpen && rating.element.hidden === false) showComposer(true);
    },
    setWithPerson: (withPerson) => {
      humanRequest.hidden = withPerson;
    },
    noteUnread: () => {
      if (isOpen()) return;
      launcher.classList.add('sb-has-unread');
      launcher.setAttribute('aria-label', `${labels.openChat} (${labels.newMessages})`);
    },
  };

  return { host, chat, open, close: () => closePanel(false) };
}

/**
 * Styles through a constructed stylesheet where the browser has them: a page whose Content-Security-Policy forbids
 * inline <style> still lets these through. Older browsers get a <style> element in the shadow root.
 */
function adoptStyles(root: ShadowRoot): void {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(widgetStyles);
    root.adoptedStyleSheets = [sheet];
  } else {
    root.append(element('style', {}, widgetStyles));
  }
}
