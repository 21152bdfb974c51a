import { createContext, use, useEffect, useState, type ReactNode } from 'react';

/**
 * What every view's model carries beside the data it renders: the ids of the records in it, in
 * the order shown. The view renders from the same object, so the two cannot drift apart. (A
 * model may compute them on first read, as the org chart does for the charts it has not laid
 * out yet: the export menu reads them only when opened.)
 */
export interface ShownRecords {
  readonly shownIds: readonly string[];
}

/** What the current view shows, as the view itself computed it. */
export interface ShownView {
  /** Names the view in file names: `timeline`, `person-patrick-pelata`. */
  view: string;
  /** The view's model; null when it shows no records (an unknown id). */
  shown: ShownRecords | null;
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
 * Each view calls this with the model it renders from, built after every filter of its own
 * (search, date, status), so that an export is exactly what is on screen.
 */
export function useShownRecords(view: string, shown: ShownRecords | null): void {
  const store = use(ShownContext);
  useEffect(() => store.publish({ view, shown }), [store, view, shown]);
}
