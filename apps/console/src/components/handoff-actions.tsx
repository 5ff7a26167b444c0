/**
 * Claim, reply and release, as the signed-in agent (the key's name). A claim that finds the handoff held by someone
 * else (409 ALREADY_CLAIMED) says who, and offers "Take over".
 */
import { useState, type FormEvent } from 'react';
import { toApiError, type ApiError } from '../api/api-error';
import { useSession } from '../api/session-context';
import type { HandoffRecord, Message } from '../api/types';
import { formatDateTime } from '../format/format-value';
import { ErrorMessage } from './error-message';

interface Props {
  readonly handoff: HandoffRecord;
  readonly onChange: (handoff: HandoffRecord) => void;
  readonly onReplied: (message: Message) => void;
}

export function HandoffActions({ handoff, onChange, onReplied }: Props) {
  const { api, me } = useSession();
  const [busy, setBusy] = useState<'claim' | 'reply' | 'release' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [text, setText] = useState('');
  const path = `/v1/handoffs/${encodeURIComponent(handoff.id)}`;
  const mine = handoff.status === 'claimed' && handoff.claimedBy === me.name;
  const heldByOther = handoff.status === 'claimed' && !mine;
  const conflict = error?.code === 'ALREADY_CLAIMED' ? error : null;
  const heldBy = typeof conflict?.details?.heldBy === 'string' ? conflict.details.heldBy : handoff.claimedBy;

  const run = async (action: 'claim' | 'reply' | 'release', call: () => Promise<void>): Promise<void> => {
    setBusy(action);
    setError(null);
    try {
      await call();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(null);
    }
  };
  const claim = (takeOver: boolean) =>
    run('claim', async () =>
      onChange(await api.post<HandoffRecord>(`${path}/claim`, takeOver ? { agent: me.name, takeOver } : { agent: me.name })),
    );
  const release = () => run('release', async () => onChange(await api.post<HandoffRecord>(`${path}/release`, { agent: me.name })));
  const reply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (text.trim() === '') return;
    void run('reply', async () => {
      onReplied(await api.post<Message>(`${path}/reply`, { text, agent: me.name }));
      setText('');
    });
  };

  if (handoff.status === 'released')
    return <p className="notice">Released {formatDateTime(handoff.releasedAt)}: the bot answers this conversation again.</p>;
  return (
    <div className="handoff-actions">
      <div className="button-row">
        {mine ? null : (
          <button type="button" onClick={() => void claim(false)} disabled={busy !== null}>
            Claim
          </button>
        )}
        {conflict || heldByOther ? (
          <button type="button" onClick={() => void claim(true)} disabled={busy !== null}>
            Take over
          </button>
        ) : null}
        {mine ? (
          <button type="button" onClick={() => void release()} disabled={busy !== null}>
            Release
          </button>
        ) : null}
      </div>
      {conflict ? (
        <p role="alert" className="error">
          {heldBy ?? 'Another agent'} already holds this conversation
          {typeof conflict.details?.claimedAt === 'string' ? ` since ${formatDateTime(conflict.details.claimedAt)}` : ''}. Leave it to them,
          or take it over. <code className="error-code">{conflict.code}</code>
        </p>
      ) : (
        <ErrorMessage error={error} />
      )}
      {heldByOther ? (
        <p className="muted">Held by {handoff.claimedBy}. Take it over to reply.</p>
      ) : (
        <form onSubmit={reply} className="stack reply-form">
          <label htmlFor="reply">Reply</label>
          <textarea id="reply" rows={3} value={text} onChange={(event) => setText(event.target.value)} required />
          {mine ? null : <p className="muted">Claim the conversation to show the customer that you have it.</p>}
          <div>
            <button type="submit" disabled={busy !== null || text.trim() === ''}>
              {busy === 'reply' ? 'Sending…' : 'Send reply'}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
