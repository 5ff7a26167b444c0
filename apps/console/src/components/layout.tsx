/** The signed-in frame: skip link, header with navigation and "Sign out", and the current page in <main>. */
import { useEffect, useRef } from 'react';
import { useSession } from '../api/session-context';
import { matchRoute } from '../routing/routes';
import { useLocation } from '../routing/use-location';
import { ErrorBoundary } from './error-boundary';
import { KillSwitchControl } from './kill-switch-control';
import { Nav } from './nav';
import { PageFor } from './page-for';

export function Layout({ onSignOut }: { readonly onSignOut: () => void }) {
  const { me } = useSession();
  const { pathname } = useLocation();
  const route = matchRoute(pathname);
  const main = useRef<HTMLElement>(null);
  const firstPath = useRef(pathname);

  // After a navigation, focus moves to the page so keyboard and screen-reader users start at its top.
  useEffect(() => {
    if (pathname !== firstPath.current) main.current?.focus();
    firstPath.current = '';
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top">
        <span className="brand">Switchboard</span>
        <Nav route={route} scope={me.scope} />
        <KillSwitchControl />
        <span className="who">
          {me.name} <span className="badge">{me.scope}</span>
        </span>
        <button type="button" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <ErrorBoundary key={pathname}>
          <PageFor route={route} />
        </ErrorBoundary>
      </main>
    </>
  );
}
