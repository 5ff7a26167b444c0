/** A conversation's messages in order; citations open their chunk, and (on the conversation page) bot messages expand their trace. */
import { useState } from 'react';
import type { Message, MessageRole } from '../api/types';
import { formatDateTime } from '../format/format-value';
import { ChunkDialog } from './chunk-dialog';
import { TraceToggle } from './trace-toggle';

const roleNames: Readonly<Record<MessageRole, string>> = { customer: 'Customer', bot: 'Bot', human: 'Agent' };

export function MessageList({ messages, showTraces = false }: { readonly messages: readonly Message[]; readonly showTraces?: boolean }) {
  const [chunkId, setChunkId] = useState<string | null>(null);
  if (messages.length === 0) return <p className="muted">No messages yet.</p>;
  return (
    <>
      <ol className="messages">
        {messages.map((message) => (
          <li key={message.id} className={`message message-${message.role}`} data-testid="message" data-role={message.role}>
            <p className="message-meta">
              <strong>{roleNames[message.role] ?? message.role}</strong>{' '}
              <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
            </p>
            <p className="text">{message.text}</p>
            {message.citations.length > 0 ? (
              <ul className="citations" aria-label="Sources">
                {message.citations.map((citation) => (
                  <li key={`${citation.index}-${citation.chunkId}`}>
                    <button type="button" className="link-button" onClick={() => setChunkId(citation.chunkId)}>
                      [{citation.index}] {citation.title}
                      {citation.section ? ` — ${citation.section}` : ''}
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}
            {showTraces && message.role === 'bot' && message.traceId ? (
              <TraceToggle traceId={message.traceId} onOpenChunk={setChunkId} />
            ) : null}
          </li>
        ))}
      </ol>
      {chunkId ? <ChunkDialog chunkId={chunkId} onClose={() => setChunkId(null)} /> : null}
    </>
  );
}
