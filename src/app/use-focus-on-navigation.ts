import { useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';

/**
 * After a move to another view, when the element that had focus is gone (the link that was
 * followed unmounted with its view), focus the new view's heading: keyboard users carry on from
 * the top of the view and screen readers announce where they are. A view that placed focus
 * itself (the source reader's passage) is left alone, and the first page load too.
 */
export function useFocusOnNavigation(): void {
  const pathname = useRouterState({ select: (state) => state.resolvedLocation?.pathname });
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    const first = previous.current === undefined;
    previous.current = pathname;
    if (first) return;
    let frame = 0;
    let tries = 0;
    const focusHeading = () => {
      const active = document.activeElement;
      if (active && active !== document.body && active.isConnected) return;
      const heading = document.querySelector<HTMLElement>('#main h1');
      if (!heading) {
        // The view's code or data may still be on its way; look again for up to a second.
        if ((tries += 1) < 60) frame = requestAnimationFrame(focusHeading);
        return;
      }
      // Give the view a frame to place focus itself before taking over.
      frame = requestAnimationFrame(() => {
        const now = document.activeElement;
        if (now && now !== document.body && now.isConnected) return;
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: true });
      });
    };
    focusHeading();
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
}
