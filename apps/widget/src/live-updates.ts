/**
 * Keeps GET /v1/conversations/:id/events open while the widget has a conversation: human replies, bot messages
 * and handoff changes arrive as they happen. When the stream drops it reconnects after a growing wait and asks
 * for the messages after the last one it saw (`?after=`), so nothing stored in the gap is lost.
 */
import { readEventStream } from '@switchboard/event-stream';
import type { Fetch } from './conversation-client.js';
import type { ConversationMessage, HandoffUpdate } from './conversation-types.js';
import { readHandoff, readMessage } from './read-responses.js';
import type { ConversationSession } from './storage.js';

export interface LiveUpdatesOptions {
  readonly host: string;
  readonly session: ConversationSession;
  readonly fetch: Fetch;
  /** The last message already shown; the first connection asks for what came after it. */
  readonly after?: string;
  onMessage(message: ConversationMessage): void;
  onHandoff(update: HandoffUpdate): void;
  /** The token no longer opens the conversation (401, 403, 404): the stream stops for good. */
  onGone(): void;
  /** The wait before reconnect attempt `attempt` (0-based). */
  reconnectDelay(attempt: number): number;
  /** Resolves after `milliseconds`, or at once when `signal` aborts. */
  wait(milliseconds: number, signal: AbortSignal): Promise<void>;
}

export interface LiveUpdates {
  stop(): void;
}

export function startLiveUpdates(options: LiveUpdatesOptions): LiveUpdates {
  const controller = new AbortController();
  const { signal } = controller;
  let after = options.after;
  let attempt = 0;

  const onEvent = (name: string, data: unknown): void => {
    if (name === 'message') {
      const message = readMessage(data);
      if (!message) return;
      after = message.id;
      options.onMessage(message);
    } else if (name === 'handoff') {
      const update = readHandoff(data);
      if (update) options.onHandoff(update);
    }
  };

  const connect = async (): Promise<'gone' | 'dropped'> => {
    const query = after ? `?after=${encodeURIComponent(after)}` : '';
    const response = await options.fetch(`${options.host}/v1/conversations/${encodeURIComponent(options.session.id)}/events${query}`, {
      headers: { Authorization: `Bearer ${options.session.token}`, Accept: 'text/event-stream' },
      signal,
    });
    if (response.status === 404 && after !== undefined) {
      // The server does not know the message to resume after (deleted, or another conversation's): follow from now on
      // rather than forget a conversation that may well exist. A second 404 then means the conversation is gone.
      after = undefined;
      return 'dropped';
    }
    if (response.status === 401 || response.status === 403 || response.status === 404) return 'gone';
    if (!response.ok || !response.body) return 'dropped';
    await readEventStream(
      response.body,
      (event) => {
        // A connection that delivers events is healthy: the next drop starts the backoff over.
        attempt = 0;
        try {
          onEvent(event.event, JSON.parse(event.data));
        } catch {
          // One unreadable event or a failing handler must not end the stream.
        }
      },
      signal,
    );
    return 'dropped';
  };

  void (async () => {
    while (!signal.aborted) {
      const outcome = await connect().catch(() => 'dropped' as const);
      if (signal.aborted) return;
      if (outcome === 'gone') {
        options.onGone();
        return;
      }
      await options.wait(options.reconnectDelay(attempt), signal);
      attempt += 1;
    }
  })();

  return { stop: () => controller.abort() };
}

/** A `wait` on the page's timers. */
export function waitOnTimers(milliseconds: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, milliseconds);
    signal.addEventListener('abort', done, { once: true });
  });
}
