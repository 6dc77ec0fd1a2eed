import { useEffect } from 'react';

/** Sets the browser tab title, so each page is announced and bookmarked by its name. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Consilium`;
  }, [title]);
}
