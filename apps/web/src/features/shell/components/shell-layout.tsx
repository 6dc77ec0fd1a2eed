import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';

import type { Workspace } from '../workspaces';
import { PrimaryNav } from './primary-nav';

interface ShellLayoutProps {
  path: string;
  /** Undefined while the profile is loading. */
  displayName: string | undefined;
  workspaces: readonly Workspace[];
  onSignOut: () => void;
  signingOut: boolean;
  /** Changes when the main content is replaced (e.g. from "loading" to the page). */
  contentKey: string;
  /** Shown in the header next to the user's name (e.g. notifications). */
  headerTools?: ReactNode;
  children: ReactNode;
}

export function ShellLayout({
  path,
  displayName,
  workspaces,
  onSignOut,
  signingOut,
  contentKey,
  headerTools,
  children,
}: ShellLayoutProps) {
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef<string | null>(null);

  // Focus management: after navigating, or when focus was lost because the element that
  // held it disappeared (e.g. the sign-in form), move focus to the page's heading so
  // keyboard and screen-reader users start at the top of the new content.
  useEffect(() => {
    const navigated = previousPath.current !== null && previousPath.current !== path;
    previousPath.current = path;
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (!navigated && !focusLost) return;
    const main = mainRef.current;
    if (!main) return;
    const heading = main.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.focus();
      return;
    }
    // The page is still loading (a lazy chunk or its data): hold focus on main, and move it
    // to the heading when it appears, unless the user has moved focus elsewhere meanwhile.
    main.focus();
    const observer = new MutationObserver(() => {
      const appeared = main.querySelector<HTMLElement>('h1');
      if (!appeared) return;
      observer.disconnect();
      if (document.activeElement === main || document.activeElement === document.body) appeared.focus();
    });
    observer.observe(main, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [path, contentKey]);

  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    // The URL hash is the router's, so move focus by hand instead of following "#main-content".
    event.preventDefault();
    mainRef.current?.focus();
  };

  return (
    <div className="shell">
      <a className="skip-link" href="#main-content" onClick={skipToMain}>
        Skip to main content
      </a>
      <header className="app-header">
        <a className="brand" href="#/">
          Consilium
        </a>
        <div className="app-header-user">
          {headerTools}
          {displayName && <span className="user-name">{displayName}</span>}
          <button
            type="button"
            className="button button-quiet"
            onClick={signingOut ? undefined : onSignOut}
            aria-disabled={signingOut}
          >
            {signingOut ? 'Signing out…' : 'Sign out'}
          </button>
        </div>
      </header>
      <PrimaryNav path={path} workspaces={workspaces} />
      <main id="main-content" ref={mainRef} className="shell-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
