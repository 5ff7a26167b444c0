/** The session: sign-in until a key is accepted, then the console; a refused key (401) comes back here. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { toApiError, type ApiError } from './api/api-error';
import { checkKey } from './api/check-key';
import { createApiClient } from './api/client';
import { SessionContext } from './api/session-context';
import { readStoredKey, storeKey } from './api/stored-key';
import type { Me } from './api/types';
import { ErrorMessage } from './components/error-message';
import { Layout } from './components/layout';
import { Loading } from './components/loading';
import { SignInPage } from './pages/sign-in-page';

const refusedNotice = 'Your key was not accepted (it may have been revoked). Sign in again.';

export function App() {
  const [key, setKey] = useState<string | null>(readStoredKey);
  const [me, setMe] = useState<Me | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [checkError, setCheckError] = useState<ApiError | null>(null);
  const [checks, setChecks] = useState(0);

  const signOut = useCallback((message: string | null = null) => {
    storeKey(null);
    setKey(null);
    setMe(null);
    setNotice(message);
  }, []);
  const api = useMemo(() => (key ? createApiClient({ key, onUnauthorized: () => signOut(refusedNotice) }) : null), [key, signOut]);

  // A key kept from earlier in this tab is checked again: it may have been revoked, and we need its name.
  useEffect(() => {
    if (!api || me) return;
    const controller = new AbortController();
    setCheckError(null);
    checkKey(api, controller.signal).then(setMe, (error: unknown) => {
      if (controller.signal.aborted) return;
      const failure = toApiError(error);
      // A refused key ends the session; a server that cannot be reached does not, so reloading during an outage keeps it.
      if (failure.status === 401) return; // the client has signed out already, saying why
      if (failure.status === 403) signOut(failure.message);
      else setCheckError(failure);
    });
    return () => controller.abort();
  }, [api, me, signOut, checks]);

  const signIn = useCallback((newKey: string, newMe: Me) => {
    storeKey(newKey);
    setKey(newKey);
    setMe(newMe);
    setNotice(null);
  }, []);
  const session = useMemo(() => (api && me ? { api, me } : null), [api, me]);

  if (!key) return <SignInPage notice={notice} onSignedIn={signIn} />;
  if (!session)
    return (
      <main id="main" className="sign-in">
        {checkError ? (
          <>
            <ErrorMessage error={checkError} action="Your key could not be checked" />
            <div className="button-row">
              <button type="button" onClick={() => setChecks((count) => count + 1)}>
                Try again
              </button>
              <button type="button" onClick={() => signOut()}>
                Sign out
              </button>
            </div>
          </>
        ) : (
          <Loading what="your session" />
        )}
      </main>
    );
  return (
    <SessionContext.Provider value={session}>
      <Layout onSignOut={() => signOut()} />
    </SessionContext.Provider>
  );
}
