import { openDB, type IDBPDatabase } from 'idb';
import {
  deleteDraft,
  discardDraft,
  EMPTY_DRAFTS,
  putDraft,
  redo,
  undo,
  type DraftState,
} from '../../domain/authoring/drafts.ts';
import type { DossierRecord, RecordType } from '../../domain/dataset.ts';
import { parseDraftState } from '../../domain/authoring/draft-schema.ts';

import { DB_NAME, DB_VERSION, DRAFTS_CHANNEL, STORE } from './draft-database.ts';

export { STORE };

/** What changes a folder's drafts. Each is written to IndexedDB before it is shown. */
export type DraftAction =
  | { kind: 'put'; entry: DossierRecord; saved: DossierRecord | undefined }
  | { kind: 'delete'; type: RecordType; id: string; saved: DossierRecord | undefined }
  | { kind: 'discard'; ids: readonly string[] }
  | { kind: 'undo' }
  | { kind: 'redo' };

export function reduceDrafts(state: DraftState, action: DraftAction, at: number): DraftState {
  switch (action.kind) {
    case 'put':
      return putDraft(state, action.entry, action.saved, at);
    case 'delete':
      return deleteDraft(state, action.type, action.id, action.saved, at);
    case 'discard':
      return action.ids.reduce(discardDraft, state);
    case 'undo':
      return undo(state);
    case 'redo':
      return redo(state);
  }
}

export interface DraftStore {
  /** The drafts as last read or written; EMPTY until `ready`. */
  current(): DraftState;
  ready: Promise<void>;
  /** Applies a change, stores it, tells other tabs; resolves once it is on disk. */
  dispatch(action: DraftAction): Promise<void>;
  subscribe(listener: () => void): () => void;
  close(): void;
}

let database: Promise<IDBPDatabase> | null = null;
/** The app's one IndexedDB database; its `drafts` store holds each folder's drafts by address. */
export function openDatabase(): Promise<IDBPDatabase> {
  database ??= openDB(DB_NAME, DB_VERSION, {
    upgrade(db) {
      db.createObjectStore(STORE);
    },
  });
  return database;
}

/**
 * The drafts of one data folder, kept in IndexedDB under the folder's address: written on
 * every change (so a reload, a crashed tab or a closed browser loses nothing), and shared with
 * every other tab on the same folder through a BroadcastChannel.
 */
export function openDraftStore(folder: string): DraftStore {
  let state: DraftState = EMPTY_DRAFTS;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const channel =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(DRAFTS_CHANNEL);
  // Node's BroadcastChannel (the component tests) would otherwise keep the process alive.
  if (channel && 'unref' in channel && typeof channel.unref === 'function') channel.unref();
  const read = async (): Promise<DraftState> => {
    const db = await openDatabase();
    const stored: unknown = await db.get(STORE, folder);
    const parsed = parseDraftState(stored);
    if (parsed !== null) return parsed;
    // Unreadable by this version: set aside under a key of its own, never overwritten or lost.
    await db.put(STORE, stored, `${folder}#set-aside-${Date.now()}`);
    await db.delete(STORE, folder);
    return EMPTY_DRAFTS;
  };
  const ready = read().then(
    (loaded) => {
      state = loaded;
      notify();
    },
    () => undefined,
  );
  // Writes go one after the other, each from the state the last one left.
  let queue: Promise<void> = ready;
  if (channel) {
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (event.data !== folder) return;
      queue = queue.then(async () => {
        state = await read();
        notify();
      });
    };
  }
  return {
    current: () => state,
    ready,
    dispatch(action) {
      const run = queue.then(async () => {
        // Read and write in one transaction: another tab may have written since, and two
        // tabs' changes must not interleave between the read and the write (IndexedDB runs
        // read-write transactions on a store one at a time).
        const db = await openDatabase();
        const tx = db.transaction(STORE, 'readwrite');
        const stored: unknown = await tx.store.get(folder);
        const parsed = parseDraftState(stored);
        // Unreadable by this version: set aside under a key of its own, never overwritten.
        if (parsed === null) await tx.store.put(stored, `${folder}#set-aside-${Date.now()}`);
        const next = reduceDrafts(parsed ?? EMPTY_DRAFTS, action, Date.now());
        await tx.store.put(next, folder);
        await tx.done;
        state = next;
        notify();
        channel?.postMessage(folder);
      });
      queue = run.catch(() => undefined);
      return run;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      channel?.close();
      listeners.clear();
    },
  };
}
