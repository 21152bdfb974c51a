import { useSearch } from '@tanstack/react-router';
import { createContext, use, useState, useSyncExternalStore, type ReactNode } from 'react';
import {
  createFilterIntentStore,
  filterListsKey,
  shownFilterKey,
  type FilterIntentStore,
} from './filter-intent.ts';

// Outside the shell (a view rendered alone in a test) nobody chooses a filter: the URL's counts.
const FilterIntentContext = createContext<FilterIntentStore>(createFilterIntentStore());

/** Holds the filter just chosen in the filter bar until the URL has it (one per app). */
export function FilterIntentProvider({ children }: { children: ReactNode }) {
  const [store] = useState(createFilterIntentStore);
  return <FilterIntentContext value={store}>{children}</FilterIntentContext>;
}

export function useFilterIntentStore(): FilterIntentStore {
  return use(FilterIntentContext);
}

/** The URL's filter, as its key: a component re-renders when the filter changes, not `q=`. */
export function useUrlFilterKey(): string {
  return useSearch({ from: '__root__', select: filterListsKey });
}

/** The filter the views show, as its key: the one just chosen, else the URL's. */
export function useShownFilterKey(): string {
  const store = useFilterIntentStore();
  const intent = useSyncExternalStore(store.subscribe, store.current, store.current);
  return shownFilterKey(useUrlFilterKey(), intent);
}
