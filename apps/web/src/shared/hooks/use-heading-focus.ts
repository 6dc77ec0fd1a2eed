import { useEffect, useRef } from 'react';

/**
 * For pages loaded lazily: the shell moves focus to the page's heading when the route changes,
 * but a lazy page's heading appears only after its code arrives. On mount, take the focus the
 * shell left on <main> (or that fell to <body>), so keyboard and screen-reader users still
 * start at the page's heading.
 */
export function useHeadingFocus<T extends HTMLElement = HTMLHeadingElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body || active.tagName === 'MAIN') ref.current?.focus();
  }, []);
  return ref;
}
