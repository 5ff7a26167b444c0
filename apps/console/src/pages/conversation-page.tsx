/** One conversation, live: every message, each bot message with its trace, citations opening their chunk. */
import { useLiveConversation } from '../conversations/use-live-conversation';
import { ErrorMessage } from '../components/error-message';
import { Link } from '../components/link';
import { Loading } from '../components/loading';
import { MessageList } from '../components/message-list';
import { StreamStatus } from '../components/stream-status';
import { customerLabel, formatDateTime } from '../format/format-value';
import { useDocumentTitle } from '../hooks/use-document-title';
import { pathOf } from '../routing/routes';

export function ConversationPage({ id }: { readonly id: string }) {
  useDocumentTitle('Conversation');
  const live = useLiveConversation(id);
  const conversation = live.conversation;
  return (
    <>
      <p>
        <Link href={pathOf({ page: 'conversations' })}>← All conversations</Link>
      </p>
      <div className="section-head">
        <h1>{conversation ? customerLabel(conversation.customer) : 'Conversation'}</h1>
        {conversation ? <StreamStatus state={live.stream} /> : null}
      </div>
      <ErrorMessage error={live.error} action="The conversation could not be loaded" />
      {live.loading ? <Loading what="the conversation" /> : null}
      {conversation ? (
        <>
          <p className="muted">
            <code>{conversation.id}</code> · started {formatDateTime(conversation.createdAt)} · with{' '}
            {conversation.status === 'handoff' ? 'a person' : 'the bot'}
            {live.handoff ? ` · handoff ${live.handoff.status}${live.handoff.claimedBy ? ` by ${live.handoff.claimedBy}` : ''}` : ''}
          </p>
          <MessageList messages={live.messages} showTraces />
        </>
      ) : null}
    </>
  );
}
