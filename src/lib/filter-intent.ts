import type { FilterListKey, FilterSearch } from '../domain/filter.ts';

/** The person/company/voice lists of a filter, as the URL writes them. */
export type FilterLists = Pick<FilterSearch, FilterListKey>;

/**
 * One string per filter: the same lists give the same key, whatever object holds them, so a
 * view re-renders when the filter changes and not when another parameter (`q=`) does.
 */
export function filterListsKey(lists: FilterLists): string {
  return JSON.stringify([lists.person ?? [], lists.company ?? [], lists.voice ?? []]);
}

const NO_LISTS: readonly string[] = [];

function listAt(values: unknown, at: number): string[] | undefined {
  const list: unknown = Array.isArray(values) ? values[at] : NO_LISTS;
  if (!Array.isArray(list)) return undefined;
  const strings = list.filter((v): v is string => typeof v === 'string');
  return strings.length > 0 ? strings : undefined;
}

/** The lists a key was made of (`filterListsKey` read back). */
export function filterListsOf(key: string): FilterLists {
  const values: unknown = JSON.parse(key);
  return { person: listAt(values, 0), company: listAt(values, 1), voice: listAt(values, 2) };
}

/** A filter chosen in the filter bar that the URL does not have yet. */
export interface FilterIntent {
  /** The filter asked for. */
  key: string;
  /** The URL's filter when it was asked for. */
  base: string;
}

/**
 * The filter the views show: the one just chosen while the URL is still the one it was chosen
 * from, else the URL's. The URL stays the source of truth: once it has moved anywhere else
 * (our own write landing, back, forward, a link), the intent no longer counts.
 */
export function shownFilterKey(urlKey: string, intent: FilterIntent | null): string {
  return intent !== null && intent.base === urlKey ? intent.key : urlKey;
}

export interface FilterIntentStore {
  current: () => FilterIntent | null;
  subscribe: (listener: () => void) => () => void;
  /** Records a chosen filter; returns the function that withdraws it (once the URL has it). */
  set: (intent: FilterIntent) => () => void;
}

/**
 * A plain store read with `useSyncExternalStore`: a chosen filter re-renders the filter bar and
 * the view at once, in the key's own event, without waiting for the router's navigation.
 */
export function createFilterIntentStore(): FilterIntentStore {
  let current: FilterIntent | null = null;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  return {
    current: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(intent) {
      current = intent;
      notify();
      return () => {
        if (current !== intent) return;
        current = null;
        notify();
      };
    },
  };
}

/**
 * Runs `task` once the frame drawn for the current change has been produced (a task queued
 * from the next animation frame), or after `fallbackMs` if no frame comes (a hidden tab).
 */
export function afterNextPaint(task: () => void, fallbackMs = 100): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    task();
  };
  const fallback = setTimeout(run, fallbackMs);
  if (typeof requestAnimationFrame !== 'function') return;
  requestAnimationFrame(() =>
    setTimeout(() => {
      clearTimeout(fallback);
      run();
    }, 0),
  );
}
