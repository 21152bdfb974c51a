import type { HistoryLocation, RouterHistory } from '@tanstack/react-router';
import { linkNotices, type LinkNotice } from './link-notices.ts';

/** The notices about the link that opened the current view, for `useSyncExternalStore`. */
export interface LinkNoticeStore {
  subscribe: (listener: () => void) => () => void;
  notices: () => readonly LinkNotice[];
  /** Hides the notices until the next view or the next history entry. */
  dismiss: () => void;
}

interface State {
  pathname: string;
  /** The link as opened, then the same view's replaced URLs (the router's cleaned-up one). */
  searches: string[];
  dismissed: boolean;
}

const NONE: readonly LinkNotice[] = [];

/**
 * Watches the history itself, not the router's state: on load the router replaces the URL with
 * its validated form before any view renders, so the link as it was opened (`?asof=bad&q=a&q=b`)
 * is only ever seen here. The notices last while the view only replaces its URL (that clean-up,
 * the projects' sort, the quotes' search box) and go with the next pushed entry or view.
 */
export function createLinkNoticeStore(
  history: RouterHistory,
  searchSchemasAt: (pathname: string) => readonly unknown[],
): LinkNoticeStore {
  const at = (location: HistoryLocation): State => ({
    pathname: location.pathname,
    searches: [location.search],
    dismissed: false,
  });
  let state = at(history.location);
  let cached: readonly LinkNotice[] | null = null;
  const listeners = new Set<() => void>();
  const changed = () => {
    cached = null;
    for (const listener of listeners) listener();
  };

  history.subscribe(({ location, action }) => {
    if (action.type === 'REPLACE' && location.pathname === state.pathname) {
      if (state.searches.includes(location.search)) return;
      state = { ...state, searches: [...state.searches, location.search] };
    } else {
      state = at(location);
    }
    changed();
  });

  const compute = (): readonly LinkNotice[] => {
    if (state.dismissed) return NONE;
    const schemas = searchSchemasAt(state.pathname);
    const seen = new Set<string>();
    const notices = state.searches
      .flatMap((search) => linkNotices(search, schemas))
      .filter((notice) => {
        const key = JSON.stringify(notice);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    return notices.length > 0 ? notices : NONE;
  };

  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notices: () => (cached ??= compute()),
    dismiss: () => {
      state = { ...state, dismissed: true };
      changed();
    },
  };
}
