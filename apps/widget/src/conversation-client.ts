/**
 * The customer routes over HTTP: create and read a conversation, send a message (streamed answer or JSON), feedback
 * and "talk to a person". A widget key opens a conversation; from then on only the conversation's token is sent.
 * Keys and tokens go in the Authorization header, never in a URL.
 */
import { readEventStream } from '@switchboard/event-stream';
import type { ConversationRecord, HandoffUpdate, MessageReply } from './conversation-types.js';
import { readConversation, readError, readHandoff, readReply } from './read-responses.js';
import type { ConversationSession } from './storage.js';
import { WidgetRequestError } from './widget-request-error.js';

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface StreamHandlers {
  /** The server is working on the answer (the typing indicator). */
  onStatus?(stage: string): void;
  /** The next piece of the answer's Markdown. */
  onDelta?(text: string): void;
}

export interface ConversationClient {
  create(body: { deviceId: string; identityToken?: string }): Promise<ConversationSession>;
  /** The conversation with its messages; rejects with `conversationGone` when the token no longer opens it. */
  load(session: ConversationSession, signal?: AbortSignal): Promise<ConversationRecord>;
  send(session: ConversationSession, text: string, handlers?: StreamHandlers, signal?: AbortSignal): Promise<MessageReply>;
  feedback(session: ConversationSession, body: FeedbackBody): Promise<void>;
  requestHuman(session: ConversationSession): Promise<HandoffUpdate | null>;
}

export type FeedbackBody = { messageId: string; thumbs: 'up' | 'down' } | { csat: number; comment?: string };

export function createConversationClient(options: {
  readonly host: string;
  readonly widgetKey: string;
  readonly fetch: Fetch;
}): ConversationClient {
  const call = async (path: string, token: string, init: { method?: string; body?: unknown; accept?: string; signal?: AbortSignal }) => {
    const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: init.accept ?? 'application/json' };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await options.fetch(`${options.host}${path}`, {
        method: init.method ?? 'GET',
        headers,
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
        ...(init.signal ? { signal: init.signal } : {}),
      });
    } catch (cause) {
      throw new WidgetRequestError(`could not reach ${options.host}`, 0, 'NETWORK', { cause });
    }
    if (!response.ok) {
      const error = readError(await response.json().catch(() => null));
      throw new WidgetRequestError(error.message, response.status, error.code);
    }
    return response;
  };
  const conversationPath = (session: ConversationSession, rest = '') => `/v1/conversations/${encodeURIComponent(session.id)}${rest}`;

  return {
    async create(body) {
      const response = await call('/v1/conversations', options.widgetKey, { method: 'POST', body });
      const created: unknown = await response.json();
      const { id, token } = (typeof created === 'object' && created !== null ? created : {}) as Record<string, unknown>;
      if (typeof id !== 'string' || typeof token !== 'string')
        throw new WidgetRequestError('the new conversation has no id or token', 0, 'BAD_RESPONSE');
      return { id, token };
    },
    async load(session, signal) {
      const response = await call(conversationPath(session), session.token, signal ? { signal } : {});
      const record = readConversation(await response.json());
      if (!record) throw new WidgetRequestError('the conversation could not be read', 0, 'BAD_RESPONSE');
      return record;
    },
    async send(session, text, handlers = {}, signal) {
      const response = await call(conversationPath(session, '/messages'), session.token, {
        method: 'POST',
        body: { text },
        accept: 'text/event-stream',
        ...(signal ? { signal } : {}),
      });
      const isStream = (response.headers.get('content-type') ?? '').includes('text/event-stream');
      const reply = isStream && response.body ? await readReplyStream(response.body, handlers, signal) : readReply(await response.json());
      if (!reply) throw new WidgetRequestError('the reply could not be read', 0, 'BAD_RESPONSE');
      return reply;
    },
    async feedback(session, body) {
      await call(conversationPath(session, '/feedback'), session.token, { method: 'POST', body });
    },
    async requestHuman(session) {
      const response = await call(conversationPath(session, '/handoff'), session.token, { method: 'POST', body: {} });
      const body: unknown = await response.json().catch(() => null);
      return readHandoff(typeof body === 'object' && body !== null ? (body as { handoff?: unknown }).handoff : null);
    },
  };
}

/** Reads the answer stream to its `message` event; an `error` event, or a stream that ends without one, rejects. */
async function readReplyStream(
  body: ReadableStream<Uint8Array>,
  handlers: StreamHandlers,
  signal?: AbortSignal,
): Promise<MessageReply | null> {
  // Written by the event callback, so an object: a closure's writes to a `let` are invisible to narrowing.
  const outcome: { reply: MessageReply | null; failure: WidgetRequestError | null } = { reply: null, failure: null };
  try {
    await readEventStream(
      body,
      (event) => {
        const data = parseJson(event.data);
        if (event.event === 'status') handlers.onStatus?.(String((data as { stage?: unknown } | null)?.stage ?? 'thinking'));
        else if (event.event === 'delta') {
          const piece = (data as { text?: unknown } | null)?.text;
          if (typeof piece === 'string') handlers.onDelta?.(piece);
        } else if (event.event === 'message') outcome.reply = readReply(data);
        else if (event.event === 'error') {
          const error = readError(data);
          // The server sends the status the error would have had as a plain response: {status, error}.
          const status = (data as { status?: unknown } | null)?.status;
          outcome.failure = new WidgetRequestError(error.message, typeof status === 'number' ? status : 0, error.code);
        }
      },
      signal,
    );
  } catch (cause) {
    throw new WidgetRequestError('the answer stream broke off', 0, 'NETWORK', { cause });
  }
  if (outcome.failure) throw outcome.failure;
  if (!outcome.reply) throw new WidgetRequestError('the answer stream ended without an answer', 0, 'NETWORK');
  return outcome.reply;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
