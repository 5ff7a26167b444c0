/** Sign-in with an agent or admin key, checked with `GET /v1/me` before it is kept for this tab. */
import { useState, type FormEvent } from 'react';
import { ApiError, toApiError } from '../api/api-error';
import { checkKey } from '../api/check-key';
import { createApiClient } from '../api/client';
import type { Me } from '../api/types';
import { ErrorMessage } from '../components/error-message';
import { useDocumentTitle } from '../hooks/use-document-title';

interface Props {
  /** Why the session ended, when it did not end by "Sign out". */
  readonly notice: string | null;
  readonly onSignedIn: (key: string, me: Me) => void;
}

export function SignInPage({ notice, onSignedIn }: Props) {
  useDocumentTitle('Sign in');
  const [key, setKey] = useState('');
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const trimmed = key.trim();
    if (trimmed === '') return;
    setChecking(true);
    setError(null);
    try {
      onSignedIn(trimmed, await checkKey(createApiClient({ key: trimmed })));
    } catch (caught) {
      const failure = toApiError(caught);
      setError(
        failure.status === 401
          ? new ApiError(401, failure.code, 'That key was not recognised. Check it, or ask an admin for a new one.')
          : failure,
      );
      setChecking(false);
    }
  };

  return (
    <main id="main" className="sign-in">
      <h1>Switchboard console</h1>
      {notice ? (
        <p role="status" className="notice">
          {notice}
        </p>
      ) : null}
      <form onSubmit={(event) => void submit(event)} className="stack">
        <label htmlFor="api-key">API key</label>
        <input
          id="api-key"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={key}
          onChange={(event) => setKey(event.target.value)}
          aria-describedby="api-key-help"
          required
        />
        <p id="api-key-help" className="muted">
          An agent or admin key (<code>sb_agent_…</code> or <code>sb_admin_…</code>). It is kept in this tab only.
        </p>
        <button type="submit" disabled={checking}>
          {checking ? 'Checking…' : 'Sign in'}
        </button>
      </form>
      <ErrorMessage error={error} />
    </main>
  );
}
