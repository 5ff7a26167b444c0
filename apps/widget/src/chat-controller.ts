/**
 * The conversation as the customer lives it: created on the first message (or "Talk to a person"), remembered across
 * reloads, answers streamed in, a person's replies and handoff changes arriving live. Talks to the server through the
 * client and to the screen through ChatView, so it runs in tests without a browser.
 */
import type { ConversationClient } from './conversation-client.js';
import type { ConversationMessage, HandoffUpdate } from './conversation-types.js';
import type { ChatView } from './chat-view.js';
import { describeHandoff, handoffFromReply, handoffNotice, type HandoffState } from './handoff-status.js';
import type { Labels } from './labels.js';
import type { LiveUpdates } from './live-updates.js';
import type { ConversationSession, WidgetStorage } from './storage.js';
import { streamAnswer } from './stream-answer.js';
import { WidgetRequestError } from './widget-request-error.js';

export interface LiveHandlers {
  onMessage(message: ConversationMessage): void;
  onHandoff(update: HandoffUpdate): void;
  onGone(): void;
}

export interface ChatControllerOptions {
  readonly client: ConversationClient;
  readonly storage: WidgetStorage;
  readonly labels: Labels;
  readonly view: ChatView;
  readonly identityToken?: string;
  /** Opens the events stream of `session`, after message `after`. */
  startLive(session: ConversationSession, after: string | undefined, handlers: LiveHandlers): LiveUpdates;
}

export interface ChatController {
  /** Shows the conversation kept from an earlier page view, if any; call once at start. */
  restore(): Promise<void>;
  send(text: string): Promise<void>;
  requestHuman(): Promise<void>;
  /** Thumbs on one answer; false when it could not be stored. */
  rateAnswer(messageId: string, thumbs: 'up' | 'down'): Promise<boolean>;
  /** The end-of-chat rating; on success the next message starts a new conversation. */
  endChat(csat: number, comment: string): Promise<boolean>;
  panelOpened(): void;
  /** The identity token for the conversation the next message creates. */
  identify(token: string): void;
  /**
   * A hidden tab closes its events stream and a visible one reopens it (after the last message seen): each open stream
   * holds one of the browser's six HTTP/1.1 connections to the server, which a few background tabs would use up.
   */
  setPageVisible(visible: boolean): void;
}

const isGone = (error: unknown): boolean => error instanceof WidgetRequestError && error.conversationGone;

export function createChatController(options: ChatControllerOptions): ChatController {
  const { client, storage, labels, view } = options;
  let identityToken = options.identityToken;
  let session: ConversationSession | null = null;
  /** The last conversation there was, so thumbs still count after "End chat". */
  let lastSession: ConversationSession | null = null;
  let opening: Promise<ConversationSession> | null = null;
  let live: LiveUpdates | null = null;
  let lastMessageId: string | undefined;
  let handoff: HandoffState = null;
  let panelWasOpened = false;
  /** The events stream is wanted (there is a conversation to follow), though it stays closed while the page is hidden. */
  let wantLive = false;
  let pageVisible = true;
  let sending = false;
  let ready: Promise<void> = Promise.resolve();
  /** Message ids on screen, so the events stream never shows one twice. */
  const shown = new Set<string>();
  /** Bot messages from the events stream while an answer streams: one of them may be that answer. */
  let held: ConversationMessage[] = [];

  const setHandoff = (next: HandoffState): void => {
    handoff = next;
    const { status, withPerson } = describeHandoff(next, labels);
    view.setStatus(status);
    view.setWithPerson(withPerson);
  };
  const applyHandoff = (update: HandoffUpdate): void => {
    const notice = handoffNotice(handoff, update, labels);
    setHandoff(update);
    if (notice) view.showNotice(notice);
  };
  const adopt = (next: ConversationSession | null): void => {
    session = next;
    if (next) lastSession = next;
    view.setConversationOpen(next !== null);
  };
  const forget = (): void => {
    wantLive = false;
    live?.stop();
    live = null;
    storage.forgetSession();
    adopt(null);
    lastMessageId = undefined;
    setHandoff(null);
  };

  const show = (message: ConversationMessage): void => {
    shown.add(message.id);
    if (message.role === 'customer') view.showCustomerMessage(message.text);
    else if (message.role === 'bot') view.showBotMessage({ id: message.id, text: message.text, citations: message.citations });
    else view.showHumanMessage(message.text, handoff?.status === 'claimed' ? handoff.claimedBy : null);
  };
  const onLiveMessage = (message: ConversationMessage): void => {
    lastMessageId = message.id;
    // The customer's own messages are on screen already (the server does not say which id they got).
    if (message.role === 'customer' || shown.has(message.id)) return;
    if (message.role === 'bot' && sending) return void held.push(message);
    show(message);
    view.noteUnread();
  };
  const goLive = (): void => {
    wantLive = true;
    if (live || !session || !pageVisible) return;
    const current = session;
    live = options.startLive(current, lastMessageId, {
      onMessage: onLiveMessage,
      onHandoff: applyHandoff,
      onGone: () => {
        if (session === current) forget();
      },
    });
  };

  const openConversation = (): Promise<ConversationSession> => {
    if (session) return Promise.resolve(session);
    opening ??= client
      .create({ deviceId: storage.deviceId(), ...(identityToken ? { identityToken } : {}) })
      .then((created) => {
        storage.saveSession(created);
        adopt(created);
        goLive();
        return created;
      })
      .finally(() => {
        opening = null;
      });
    return opening;
  };
  /** Runs `action` on the conversation; one the server no longer knows is forgotten and a new one tried, once. */
  const withConversation = async <T>(action: (current: ConversationSession) => Promise<T>): Promise<T> => {
    for (let attempt = 0; ; attempt += 1) {
      const current = await openConversation();
      try {
        return await action(current);
      } catch (error) {
        if (attempt > 0 || !isGone(error) || session !== current) throw error;
        forget();
      }
    }
  };
  const errorText = (error: unknown): string =>
    error instanceof WidgetRequestError && (error.status === 429 || error.code === 'RATE_LIMITED') ? labels.rateLimited : labels.error;

  const answer = async (current: ConversationSession, text: string): Promise<void> => {
    const reply = await streamAnswer(client, view, current, text);
    if (reply.messageId) {
      shown.add(reply.messageId);
      // A place to resume the events stream from, should it reopen before delivering anything.
      lastMessageId ??= reply.messageId;
    }
    const update = reply.handoff && handoffFromReply(handoff, reply.handoff);
    if (update) applyHandoff(update);
  };
  const deliver = async (text: string): Promise<void> => {
    sending = true;
    view.setSending(true);
    view.showTyping(true);
    try {
      await withConversation((current) => answer(current, text));
    } catch (error) {
      view.showError(errorText(error), () => {
        if (sending) return false;
        void deliver(text);
        return true;
      });
    } finally {
      sending = false;
      view.showTyping(false);
      view.setSending(false);
      const waiting = held;
      held = [];
      waiting.forEach(onLiveMessage);
    }
  };

  return {
    restore() {
      const stored = storage.readSession();
      if (!stored) return ready;
      adopt(stored);
      ready = client.load(stored).then(
        (record) => {
          if (session !== stored) return;
          record.messages.forEach(show);
          lastMessageId = record.messages[record.messages.length - 1]?.id;
          if (record.status === 'handoff') setHandoff({ id: null, status: 'unknown', claimedBy: null });
          // A person may reply at any moment: listen even before the panel opens.
          if (record.status === 'handoff' || panelWasOpened) goLive();
        },
        (error: unknown) => {
          // Unreachable server: keep the conversation for the next try. A token that no longer opens it: forget it.
          if (isGone(error) && session === stored) forget();
        },
      );
      return ready;
    },
    async send(text) {
      const message = text.trim();
      if (!message || sending) return;
      sending = true; // before the wait, so a second Enter meanwhile sends nothing
      await ready;
      view.showCustomerMessage(message);
      await deliver(message);
    },
    async requestHuman() {
      await ready;
      try {
        const update = await withConversation((current) => client.requestHuman(current));
        applyHandoff(update ?? { id: handoff?.id ?? '', status: 'open', claimedBy: null });
      } catch (error) {
        view.showError(errorText(error));
      }
    },
    async rateAnswer(messageId, thumbs) {
      const target = session ?? lastSession;
      if (!target) return false;
      return client.feedback(target, { messageId, thumbs }).then(
        () => true,
        () => false,
      );
    },
    async endChat(csat, comment) {
      if (!session) return false;
      const note = comment.trim();
      try {
        await client.feedback(session, { csat, ...(note ? { comment: note } : {}) });
      } catch {
        return false;
      }
      forget();
      view.showNotice(labels.thanks);
      return true;
    },
    panelOpened() {
      panelWasOpened = true;
      void ready.then(goLive);
    },
    identify(token) {
      identityToken = token.trim() || undefined;
    },
    setPageVisible(visible) {
      pageVisible = visible;
      if (!visible) {
        live?.stop();
        live = null;
      } else if (wantLive) goLive();
    },
  };
}
