/** Every conversation, searchable and filterable (outcome, intent, handoff, persona, dates), newest first, with "Load more". */
import { readFilters } from '../conversations/conversation-filters';
import { useConversationList } from '../conversations/use-conversation-list';
import { ConversationFiltersForm } from '../components/conversation-filters-form';
import { ErrorMessage } from '../components/error-message';
import { Link } from '../components/link';
import { Loading } from '../components/loading';
import { customerLabel, formatDateTime } from '../format/format-value';
import { useDocumentTitle } from '../hooks/use-document-title';
import { pathOf } from '../routing/routes';
import { useLocation } from '../routing/use-location';

export function ConversationsPage() {
  useDocumentTitle('Conversations');
  const filters = readFilters(useLocation().search);
  const list = useConversationList(filters);
  return (
    <>
      <h1>Conversations</h1>
      <ConversationFiltersForm filters={filters} />
      <ErrorMessage error={list.error} action="Conversations could not be loaded" />
      {list.loading ? <Loading what="conversations" /> : null}
      {list.conversations && list.conversations.length === 0 ? <p className="muted">No conversation matches these filters.</p> : null}
      {list.conversations && list.conversations.length > 0 ? (
        <div className="table-scroll">
          <table className="list">
            <caption className="visually-hidden">Conversations, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Customer</th>
                <th scope="col">Last message</th>
                <th scope="col">Intent</th>
                <th scope="col">Persona</th>
                <th scope="col">Outcome</th>
                <th scope="col">Handoff</th>
                <th scope="col">Updated</th>
              </tr>
            </thead>
            <tbody>
              {list.conversations.map((conversation) => (
                <tr key={conversation.id}>
                  <th scope="row">
                    <Link href={pathOf({ page: 'conversation', id: conversation.id })}>{customerLabel(conversation.customer)}</Link>
                    <span className="muted block">{conversation.messages} messages</span>
                  </th>
                  <td className="clip">
                    {conversation.lastMessage ? (
                      <>
                        <span className="muted">{conversation.lastMessage.role}: </span>
                        {conversation.lastMessage.text}
                      </>
                    ) : (
                      <span className="muted">none</span>
                    )}
                  </td>
                  <td>{conversation.intent ?? '—'}</td>
                  <td>{conversation.persona ?? '—'}</td>
                  <td>{conversation.outcome ?? '—'}</td>
                  <td>{conversation.handoff ? `${conversation.handoff.status} (${conversation.handoff.reason})` : '—'}</td>
                  <td>{formatDateTime(conversation.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {list.next ? (
        <button type="button" onClick={list.loadMore} disabled={list.loadingMore}>
          {list.loadingMore ? 'Loading…' : 'Load more'}
        </button>
      ) : null}
    </>
  );
}
