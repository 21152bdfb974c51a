import { useRouterState } from '@tanstack/react-router';
import { useCallback, useEffect, useRef, type FocusEvent, type RefObject } from 'react';

/** Scrolls the row sideways, never the page, until `link` is whole and left of the pinned item. */
function bringIntoRow(nav: HTMLElement, link: Element): void {
  if (nav.scrollWidth <= nav.clientWidth) return;
  const pinned = nav.querySelector('li:last-child');
  if (!pinned || pinned.contains(link)) return;
  const row = nav.getBoundingClientRect();
  const box = link.getBoundingClientRect();
  const end = pinned.getBoundingClientRect().left;
  if (box.left < row.left) nav.scrollLeft += box.left - row.left;
  else if (box.right > end) nav.scrollLeft += box.right - end;
}

/**
 * On a phone the row of views scrolls sideways under the pinned Drafts item. After each move to
 * another view its link comes into the row's visible part, so the row shows where the reader
 * is; a link that Tab reaches comes wholly into sight too (the browser's own focus scrolling
 * leaves a half-visible link under the pinned item). Where the row fits, nothing moves.
 */
export function useActiveViewInSight(): {
  ref: RefObject<HTMLElement | null>;
  onFocus: (event: FocusEvent<HTMLElement>) => void;
} {
  const ref = useRef<HTMLElement>(null);
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  useEffect(() => {
    // In the next frame, where the page is laid out anyway: measuring the row here made the
    // first layout of the whole page part of the task that renders it (a long task of its own).
    const frame = requestAnimationFrame(() => {
      const nav = ref.current;
      const active = nav?.querySelector('a[aria-current="page"]');
      if (nav && active) bringIntoRow(nav, active);
    });
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    bringIntoRow(event.currentTarget, event.target);
  }, []);
  return { ref, onFocus };
}
