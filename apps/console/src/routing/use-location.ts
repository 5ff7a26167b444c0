/** The browser location as React state, and navigation by history.pushState (no router dependency). */
import { useSyncExternalStore } from 'react';

const changeEvent = 'console:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(changeEvent, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(changeEvent, onChange);
  };
}

const snapshot = (): string => window.location.pathname + window.location.search;

/** The current path and query, e.g. `/console/conversations?q=refund`; re-renders on every navigation. */
export function useLocation(): { readonly pathname: string; readonly search: string } {
  const href = useSyncExternalStore(subscribe, snapshot);
  const queryAt = href.indexOf('?');
  return queryAt === -1 ? { pathname: href, search: '' } : { pathname: href.slice(0, queryAt), search: href.slice(queryAt) };
}

/** Goes to `to` (a path on this origin) without reloading; `replace` keeps the history entry count. */
export function navigate(to: string, options: { readonly replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(changeEvent));
}
