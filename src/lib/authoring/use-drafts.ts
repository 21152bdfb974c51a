import { useCallback, useSyncExternalStore } from 'react';
import type { applyDrafts, Draft, DraftState } from '../../domain/authoring/drafts.ts';
import type { buildIndex, DatasetIndex } from '../../domain/dataset-index.ts';
import type { DossierRecord } from '../../domain/dataset.ts';
import type { DraftAction, DraftStore } from './draft-store.ts';
import { DRAFTS_CHANNEL, holdsAny } from './draft-database.ts';

/** What a draft does to its record: adds it, changes it or removes it. */
export type DraftKind = 'new' | 'edited' | 'deleted';

export function draftKindOf(draft: Draft): DraftKind {
  if (draft.op === 'delete') return 'deleted';
  return draft.base === null ? 'new' : 'edited';
}

/** One store per data folder for the page's lifetime: every component sees the same drafts. */
const stores = new Map<string, DraftStore>();

export function draftStoreFor(base: string): DraftStore {
  let store = stores.get(base);
  if (!store) {
    store = lazyDraftStore(base);
    stores.set(base, store);
  }
  return store;
}

/** What a store holds before its code has loaded: no drafts. */
const NO_DRAFTS: DraftState = { drafts: [], past: [], future: [] };

/**
 * `applyDrafts` and `buildIndex`, once the drafts' code has loaded (it has whenever there is a
 * draft): neither is part of the page's first download.
 */
let applyLoaded: { applyDrafts: typeof applyDrafts; buildIndex: typeof buildIndex } | null = null;

/**
 * A folder's draft store whose code (IndexedDB through idb, the draft reducers and their
 * schemas) loads only once there is something for it to do: when IndexedDB holds the folder's
 * drafts, at the first change, or when another tab changes them. Until then it holds no
 * drafts, which is also what the real store holds until IndexedDB has answered. Loading it
 * with every page fetched 4 KB gzip before the first view, and added a few dozen link preloads
 * to the task that renders the shell.
 */
function lazyDraftStore(folder: string): DraftStore {
  let store: DraftStore | null = null;
  const listeners = new Set<() => void>();
  let loading: Promise<DraftStore> | null = null;
  const load = (): Promise<DraftStore> =>
    (loading ??= Promise.all([
      import('./draft-store.ts'),
      import('../../domain/authoring/drafts.ts'),
      import('../../domain/dataset-index.ts'),
    ]).then(([{ openDraftStore }, { applyDrafts }, { buildIndex }]) => {
      applyLoaded = { applyDrafts, buildIndex };
      channel?.close();
      const opened = openDraftStore(folder);
      store = opened;
      opened.subscribe(() => {
        for (const listener of listeners) listener();
      });
      return opened;
    }));
  // Another tab's change: from then on the real store follows the other tabs itself.
  const channel =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(DRAFTS_CHANNEL);
  if (channel && 'unref' in channel && typeof channel.unref === 'function') channel.unref();
  if (channel)
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (event.data === folder) void load();
    };
  const ready = holdsAny([folder]).then((held) =>
    held || loading ? load().then((opened) => opened.ready) : undefined,
  );
  return {
    current: () => store?.current() ?? NO_DRAFTS,
    ready,
    dispatch: (action) => load().then((opened) => opened.dispatch(action)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      channel?.close();
      void loading?.then((opened) => opened.close());
    },
  };
}

/** A record that exists only as a draft (a new one), for `/r/<id>` to send on to its view. */
export async function draftedRecord(base: string, id: string): Promise<DossierRecord | undefined> {
  const store = draftStoreFor(base);
  await store.ready;
  const draft = store.current().drafts.find((item) => item.id === id);
  return draft?.op === 'put' ? draft.entry : undefined;
}

export function useDraftState(base: string): {
  state: DraftState;
  dispatch: (action: DraftAction) => Promise<void>;
} {
  const store = draftStoreFor(base);
  const state = useSyncExternalStore(store.subscribe, store.current, store.current);
  const dispatch = useCallback((action: DraftAction) => store.dispatch(action), [store]);
  return { state, dispatch };
}

const PREVIEW_KEY = 'dossier.preview';
const previewListeners = new Set<() => void>();

/** Whether views show the drafts applied (the default) or the saved data alone. */
function readPreview(): boolean {
  try {
    return sessionStorage.getItem(PREVIEW_KEY) !== 'saved';
  } catch {
    return true;
  }
}

export function setPreview(on: boolean): void {
  try {
    sessionStorage.setItem(PREVIEW_KEY, on ? 'drafts' : 'saved');
  } catch {
    // Storage refused (private mode): the switch still holds for this page.
  }
  previewOn = on;
  for (const listener of previewListeners) listener();
}

let previewOn = typeof sessionStorage === 'undefined' ? true : readPreview();

// Module functions, not closures made on each render: useSyncExternalStore subscribes again
// whenever `subscribe` changes, and every quote card's draft badge reads the preview.
function subscribePreview(listener: () => void): () => void {
  previewListeners.add(listener);
  return () => previewListeners.delete(listener);
}
const previewSnapshot = () => previewOn;
const previewServerSnapshot = () => true;

export function usePreview(): boolean {
  return useSyncExternalStore(subscribePreview, previewSnapshot, previewServerSnapshot);
}

/** The last preview built, so every view of one render shares one index. */
let lastPreview: { saved: DatasetIndex; drafts: DraftState['drafts']; index: DatasetIndex } | null =
  null;

/** The saved index with the drafts applied; the saved one itself when there are none. */
export function previewIndex(saved: DatasetIndex, drafts: DraftState['drafts']): DatasetIndex {
  if (drafts.length === 0) return saved;
  if (lastPreview?.saved === saved && lastPreview.drafts === drafts) return lastPreview.index;
  if (!applyLoaded) throw new Error('drafts were shown before the drafts’ code had loaded');
  const index = applyLoaded.buildIndex(applyLoaded.applyDrafts(saved.dataset, drafts));
  lastPreview = { saved, drafts, index };
  return index;
}
