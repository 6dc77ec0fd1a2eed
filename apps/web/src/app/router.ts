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
