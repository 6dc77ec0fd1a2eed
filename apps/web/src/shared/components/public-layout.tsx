import type { ReactNode } from 'react';

/** Page frame for screens shown before sign-in: a banner with the product name, then main. */
export function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <div className="public-layout">
      <header className="app-header">
        <span className="brand">Consilium</span>
      </header>
      <main id="main-content" className="public-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
