/** The signed-in session pages read: the API client with the key, and who the key belongs to (`GET /v1/me`). */
import { createContext, useContext } from 'react';
import type { ApiClient } from './client';
import type { Me } from './types';

export interface Session {
  readonly api: ApiClient;
  readonly me: Me;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in session');
  return session;
}
