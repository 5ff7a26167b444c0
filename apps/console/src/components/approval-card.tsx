/** One parked action: customer, tool, arguments, the policy that parked it; Approve or Deny with an optional note. */
import { useState } from 'react';
import { toApiError, type ApiError } from '../api/api-error';
import { useSession } from '../api/session-context';
import type { Approval } from '../api/types';
import { customerLabel, formatDateTime } from '../format/format-value';
import { pathOf } from '../routing/routes';
import { ErrorMessage } from './error-message';
import { KeyValueTable } from './key-value-table';
import { Link } from './link';

/** What became of a decision, for the page to show once the card has left the pending list. */
export interface DecisionNotice {
  readonly text: string;
  /** ALREADY_DECIDED when another decision won. */
  readonly code: string | null;
}

interface Props {
  readonly approval: Approval;
  readonly onDecided: (notice: DecisionNotice) => void;
}

export function ApprovalCard({ approval, onDecided }: Props) {
  const { api, me } = useSession();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const noteId = `note-${approval.id}`;

  const decide = async (decision: 'approve' | 'deny'): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const body = note.trim() === '' ? { agent: me.name } : { agent: me.name, note: note.trim() };
      const decided = await api.post<Approval>(`/v1/approvals/${encodeURIComponent(approval.id)}/${decision}`, body);
      onDecided({ text: `${describe(decided)}.`, code: null });
    } catch (caught) {
      const failure = toApiError(caught);
      if (failure.code === 'ALREADY_DECIDED') {
        // Another decision won: say which, from the decided lists (the 409 body need not carry it).
        const found = await findDecided(approval.id).catch(() => null);
        onDecided({ text: found ? `Already decided: ${describe(found)}.` : failure.message, code: failure.code });
      } else setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const findDecided = async (id: string): Promise<Approval | null> => {
    const lists = await Promise.all(
      (['approved', 'denied'] as const).map((status) => api.get<{ approvals: Approval[] }>(`/v1/approvals?status=${status}`)),
    );
    return lists.flatMap((list) => list.approvals).find((item) => item.id === id) ?? null;
  };

  return (
    <article className="card" aria-labelledby={`approval-${approval.id}`}>
      <h2 id={`approval-${approval.id}`}>
        {approval.tool} <span className="muted">for {customerLabel(approval.customer)}</span>
      </h2>
      <p className="muted">
        {approval.workflow ? `Workflow ${approval.workflow} · ` : ''}Parked {formatDateTime(approval.createdAt)} ·{' '}
        <Link href={pathOf({ page: 'conversation', id: approval.conversationId })}>Open the conversation</Link>
      </p>
      <p>
        <strong>Why it waits:</strong> {approval.policy.reason}
        {approval.policy.name ? <span className="muted"> (policy {approval.policy.name})</span> : null}
      </p>
      <KeyValueTable caption="Arguments" value={approval.args} />
      {approval.status === 'pending' ? (
        <div className="stack">
          <label htmlFor={noteId}>Note (optional)</label>
          <textarea id={noteId} rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
          <div className="button-row">
            <button type="button" onClick={() => void decide('approve')} disabled={busy}>
              Approve
            </button>
            <button type="button" className="danger" onClick={() => void decide('deny')} disabled={busy}>
              Deny
            </button>
          </div>
        </div>
      ) : (
        <p>
          <span className={`badge status-${approval.status}`}>{approval.status}</span> by {approval.decidedBy ?? 'unknown'}{' '}
          {formatDateTime(approval.decidedAt)}
          {approval.note ? ` — “${approval.note}”` : ''}
        </p>
      )}
      <ErrorMessage error={error} action="The decision was not recorded" />
    </article>
  );
}

function describe(approval: Approval): string {
  const note = approval.note ? ` (“${approval.note}”)` : '';
  return `${approval.tool} for ${customerLabel(approval.customer)} ${approval.status} by ${approval.decidedBy ?? 'someone'} ${formatDateTime(approval.decidedAt)}${note}`;
}
