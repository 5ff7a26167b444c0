/** One conversation, loaded once and then kept live from its event stream (new messages, handoff changes). */
import { useCallback, useMemo, useRef, useState } from 'react';
import { mergeMessages } from './merge-messages';
import type { ApiError } from '../api/api-error';
import { queryString } from '../api/query-string';
import { useSession } from '../api/session-context';
import type { Conversation, HandoffChange, Message } from '../api/types';
import { useEventStream, type StreamState } from '../api/use-event-stream';
import { useResource } from '../api/use-resource';

export interface LiveConversation {
  readonly conversation: Conversation | null;
  readonly messages: readonly Message[];
  readonly loading: boolean;
  readonly error: ApiError | null;
  readonly stream: StreamState;
  /** The latest `handoff` event, or null before any. */
  readonly handoff: HandoffChange | null;
  /** Shows a message at once (an agent's own reply), before the stream repeats it. */
  addMessage(message: Message): void;
}

export function useLiveConversation(id: string): LiveConversation {
  const { api } = useSession();
  const base = `/v1/conversations/${encodeURIComponent(id)}`;
  const loaded = useResource(id, (signal) => api.get<Conversation>(base, signal));
  const [live, setLive] = useState<{ id: string; messages: readonly Message[]; handoff: HandoffChange | null }>({
    id,
    messages: [],
    handoff: null,
  });
  if (live.id !== id) setLive({ id, messages: [], handoff: null });

  const messages = useMemo(() => mergeMessages(loaded.data?.messages ?? [], live.messages), [loaded.data, live.messages]);
  const lastId = useRef<string | null>(null);
  lastId.current = messages.at(-1)?.id ?? null;

  const addMessage = useCallback(
    (message: Message) =>
      setLive((previous) =>
        message.conversationId === previous.id ? { ...previous, messages: mergeMessages(previous.messages, [message]) } : previous,
      ),
    [],
  );
  const firstAfter = loaded.data?.messages.at(-1)?.id ?? null;
  const stream = useEventStream({
    // Opened once the conversation is loaded, from its last message, so nothing stored in between is missed.
    path: loaded.data ? `${base}/events${queryString({ after: firstAfter })}` : null,
    resumePath: () => `${base}/events${queryString({ after: lastId.current })}`,
    handlers: {
      message: (data) => addMessage(data as Message),
      handoff: (data) => setLive((previous) => ({ ...previous, handoff: data as HandoffChange })),
    },
  });

  return {
    conversation: loaded.data,
    messages,
    loading: loaded.loading && !loaded.data,
    error: loaded.error,
    stream: stream.state,
    handoff: live.id === id ? live.handoff : null,
    addMessage,
  };
}
