/**
 * The kill switch in the header (GET/POST /v1/killswitch): everyone sees when the bot is paused, by whom and why; an
 * admin pauses it (with a reason, after confirming) and resumes it.
 */
import { useState, type FormEvent } from 'react';
import { toApiError, type ApiError } from '../api/api-error';
import { useResource } from '../api/use-resource';
import { useSession } from '../api/session-context';
import { ErrorMessage } from './error-message';

/** `GET /v1/killswitch`. */
interface KillSwitchState {
  readonly on: boolean;
  readonly reason: string | null;
  readonly by: string | null;
  readonly at: string | null;
}

/** How often the header reads the switch, so a change made elsewhere shows without a reload. */
const pollMs = 15_000;

export function KillSwitchControl() {
  const { api, me } = useSession();
  const state = useResource('killswitch', (signal) => api.get<KillSwitchState>('/v1/killswitch', signal), pollMs);
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const admin = me.scope === 'admin';
  const current = state.data;

  const flip = async (on: boolean) => {
    setBusy(true);
    setError(null);
    try {
      await api.post<KillSwitchState>('/v1/killswitch', on ? { on, ...(reason.trim() ? { reason: reason.trim() } : {}) } : { on });
      setConfirming(false);
      setReason('');
      state.reload();
    } catch (failure) {
      setError(toApiError(failure));
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void flip(true);
  };

  if (!current) return null;
  return (
    <div className={current.on ? 'kill-switch on' : 'kill-switch'} role="status">
      {current.on ? (
        <span>
          <strong>Bot paused</strong>: every new message goes to a person{current.by ? `; by ${current.by}` : ''}
          {current.at ? ` at ${new Date(current.at).toLocaleString()}` : ''}
          {current.reason ? ` (${current.reason})` : ''}
        </span>
      ) : null}
      {admin && current.on ? (
        <button type="button" disabled={busy} onClick={() => void flip(false)}>
          Resume bot
        </button>
      ) : null}
      {admin && !current.on && !confirming ? (
        <button type="button" onClick={() => setConfirming(true)}>
          Pause bot…
        </button>
      ) : null}
      {admin && !current.on && confirming ? (
        <form onSubmit={submit} className="kill-switch-form">
          <label>
            Reason <input value={reason} onChange={(event) => setReason(event.target.value)} maxLength={500} required />
          </label>
          <button type="submit" className="danger" disabled={busy}>
            Pause: hand every new message to a person
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </form>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
