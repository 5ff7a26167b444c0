/** One handoff in the queue: a button with the customer, reason, status, holder, waiting time and intent. */
import type { HandoffRecord } from '../api/types';
import { formatWaiting } from '../format/format-duration';
import { customerLabel, formatPercent } from '../format/format-value';

interface Props {
  readonly handoff: HandoffRecord;
  readonly now: number;
  readonly selected: boolean;
  readonly onSelect: () => void;
}

export function HandoffRow({ handoff, now, selected, onSelect }: Props) {
  const intent = handoff.packet.intent;
  return (
    <button
      type="button"
      className="handoff-row"
      data-testid="handoff-row"
      data-conversation-id={handoff.conversationId}
      aria-pressed={selected}
      onClick={onSelect}
    >
      <span className="row-title">{customerLabel(handoff.packet.customer)}</span>
      <span className={`badge status-${handoff.status}`}>{handoff.status}</span>
      <span className="row-reason">{handoff.reason}</span>
      <span className="row-meta">
        {handoff.claimedBy ? `Held by ${handoff.claimedBy}` : 'Unclaimed'} · waiting{' '}
        <time dateTime={handoff.createdAt}>{formatWaiting(handoff.createdAt, now)}</time>
        {intent ? ` · ${intent.label} (${formatPercent(intent.confidence)})` : ''}
      </span>
    </button>
  );
}
