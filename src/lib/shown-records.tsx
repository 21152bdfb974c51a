import { createContext, use, useEffect, useState, type ReactNode } from 'react';

/** What the current view shows, as the view itself computed it. */
export interface ShownView {
  /** Names the view in file names: `timeline`, `person-patrick-pelata`. */
  view: string;
  /**
   * Ids of the records on screen. A function, run only when the user opens the export menu:
   * views with thousands of records do not pay for an export nobody asked for.
   */
  ids: () => Iterable<string>;
}

export interface ShownStore {
  /** Sets the shown view; returns the function that withdraws it. */
  publish: (shown: ShownView) => () => void;
  current: () => ShownView | null;
}

/**
 * A plain store, not React state: a view publishing what it shows on every render must not
 * re-render the shell, and the menu reads it only when opened.
 */
export function createShownStore(): ShownStore {
  let current: ShownView | null = null;
  return {
    publish(shown) {
      current = shown;
      return () => {
        if (current === shown) current = null;
      };
    },
    current: () => current,
  };
}

// Outside the shell (a view rendered alone in a test) views publish into a store nobody reads.
const ShownContext = createContext<ShownStore>(createShownStore());

export function ShownRecordsProvider({ children }: { children: ReactNode }) {
  const [store] = useState(createShownStore);
  return <ShownContext value={store}>{children}</ShownContext>;
}

export function useShownStore(): ShownStore {
  return use(ShownContext);
}

/**
 * Each view calls this with the records it shows after every filter of its own (search,
 * date, status), so that an export is exactly what is on screen.
 */
export function useShownRecords(view: string, ids: () => Iterable<string>): void {
  const store = use(ShownContext);
  useEffect(() => store.publish({ view, ids }), [store, view, ids]);
}
