/** A selected handoff: who holds it, the actions (claim, reply, release), the live conversation and the packet. */
import type { HandoffRecord } from '../api/types';
import { useLiveConversation } from '../conversations/use-live-conversation';
import { customerLabel, formatDateTime } from '../format/format-value';
import { pathOf } from '../routing/routes';
import { ErrorMessage } from './error-message';
import { HandoffActions } from './handoff-actions';
import { HandoffPacketView } from './handoff-packet-view';
import { Link } from './link';
import { Loading } from './loading';
import { MessageList } from './message-list';
import { StreamStatus } from './stream-status';

export function HandoffDetail({
  handoff,
  onChange,
}: {
  readonly handoff: HandoffRecord;
  readonly onChange: (handoff: HandoffRecord) => void;
}) {
  const live = useLiveConversation(handoff.conversationId);
  return (
    <article className="handoff-detail" aria-labelledby="handoff-heading">
      <h2 id="handoff-heading">{customerLabel(handoff.packet.customer)}</h2>
      <p className="muted">
        <span className={`badge status-${handoff.status}`}>{handoff.status}</span>{' '}
        {handoff.claimedBy ? `held by ${handoff.claimedBy} since ${formatDateTime(handoff.claimedAt)}` : 'held by nobody'} · queue{' '}
        {handoff.queue} · opened {formatDateTime(handoff.createdAt)} ·{' '}
        <Link href={pathOf({ page: 'conversation', id: handoff.conversationId })}>Open conversation with traces</Link>
      </p>
      <HandoffActions handoff={handoff} onChange={onChange} onReplied={live.addMessage} />
      <section aria-labelledby="live-heading">
        <div className="section-head">
          <h3 id="live-heading">Conversation</h3>
          <StreamStatus state={live.stream} />
        </div>
        <ErrorMessage error={live.error} action="The conversation could not be loaded" />
        {live.loading ? <Loading what="the conversation" /> : <MessageList messages={live.messages} />}
      </section>
      <HandoffPacketView packet={handoff.packet} />
    </article>
  );
}
