// A deliberately tiny hash router: the path is whatever follows "#" (e.g. "#/reports").
// Hash routing needs no server-side fallback, so `vite preview`, a static file server and
// the nginx image all serve the same index.html. Links are ordinary <a href="#/...">.
import { useSyncExternalStore } from 'react';

export function readPath(hash: string = window.location.hash): string {
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  if (!path.startsWith('/')) return '/';
  // "/reports/" and "/reports" are the same page.
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

export function hrefFor(path: string): string {
  return `#${path}`;
}

export function navigate(path: string): void {
  window.location.hash = path;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function currentPath(): string {
  return readPath();
}

/** The current route path; re-renders the caller when it changes. */
export function useCurrentPath(): string {
  return useSyncExternalStore(subscribe, currentPath);
}

/**
 * Matches "/cases/:id" against "/cases/abc" → { id: "abc" }; null when it does not match.
 * Parameters are URI-decoded.
 */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] ?? '';
    const g = got[i] ?? '';
    if (w.startsWith(':')) {
      if (g === '') return null;
      params[w.slice(1)] = decodeURIComponent(g);
    } else if (w !== g) {
      return null;
    }
  }
  return params;
}
