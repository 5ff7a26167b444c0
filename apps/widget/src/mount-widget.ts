/** Wires the widget together for one page: labels, storage, the HTTP client, live updates, the controller and the panel. */
import { createChatController } from './chat-controller.js';
import { chooseLabels } from './choose-labels.js';
import { createConversationClient, type Fetch } from './conversation-client.js';
import { startLiveUpdates, waitOnTimers } from './live-updates.js';
import { createPanelView } from './panel-view.js';
import { randomId } from './random-id.js';
import { reconnectDelay } from './reconnect-backoff.js';
import type { WidgetSettings } from './script-settings.js';
import { createWidgetStorage, type KeyValueStorage } from './storage.js';

/** What `window.Switchboard` offers the page. */
export interface SwitchboardApi {
  open(): void;
  close(): void;
  /** A signed identity token from the company's backend, for the conversation the next message starts. */
  identify(token: string): void;
}

export function mountWidget(settings: WidgetSettings): SwitchboardApi {
  const { host, widgetKey } = settings;
  const { language, labels } = chooseLabels([settings.language, ...(navigator.languages ?? []), navigator.language]);
  // Called as a plain function: fetch stored on an object and called as its method throws "Illegal invocation".
  const fetchOnPage: Fetch = (input, init) => fetch(input, init);
  const storage = createWidgetStorage({ storage: localStorageOrNull(), host, widgetKey, newId: () => randomId(crypto) });
  const client = createConversationClient({ host, widgetKey, fetch: fetchOnPage });
  const panel = createPanelView({
    labels,
    language,
    title: settings.title ?? labels.title,
    actions: {
      send: (text) => void controller.send(text),
      requestHuman: () => void controller.requestHuman(),
      rateAnswer: (messageId, thumbs) => controller.rateAnswer(messageId, thumbs),
      endChat: (csat, comment) => controller.endChat(csat, comment),
      opened: () => controller.panelOpened(),
    },
  });
  const controller = createChatController({
    client,
    storage,
    labels,
    view: panel.chat,
    ...(settings.identityToken ? { identityToken: settings.identityToken } : {}),
    startLive: (session, after, handlers) =>
      startLiveUpdates({
        host,
        session,
        fetch: fetchOnPage,
        ...(after ? { after } : {}),
        ...handlers,
        reconnectDelay: (attempt) => reconnectDelay(attempt, Math.random),
        wait: waitOnTimers,
      }),
  });
  document.body.append(panel.host);
  document.addEventListener('visibilitychange', () => controller.setPageVisible(document.visibilityState !== 'hidden'));
  controller.setPageVisible(document.visibilityState !== 'hidden');
  void controller.restore();
  return { open: panel.open, close: panel.close, identify: (token) => controller.identify(token) };
}

/** localStorage, or null where reading the property itself throws (storage blocked for third-party frames). */
function localStorageOrNull(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
