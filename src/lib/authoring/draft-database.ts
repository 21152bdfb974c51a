/**
 * Where drafts and kept forms live: the app's IndexedDB database `dossier`, whose one store,
 * `drafts`, holds each data folder's drafts under the folder's address and its open forms
 * under `<address>#open-forms`. The names only, and a look that needs no library, so that the
 * page can tell whether there is anything to read before it loads the draft code (idb, the
 * reducers, their schemas) that reads it.
 */
export const DB_NAME = 'dossier';
export const DB_VERSION = 1;
export const STORE = 'drafts';
/** Tells the other tabs on the same folder that its drafts changed (the message is the folder). */
export const DRAFTS_CHANNEL = 'dossier-drafts';

export const openFormsKeyOf = (folder: string) => `${folder}#open-forms`;

/**
 * Whether the store holds anything under one of `keys`. True when it cannot tell (no
 * IndexedDB, an error): then the draft code loads and reads, as it always did.
 */
export function holdsAny(keys: readonly string[]): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(true);
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DB_NAME, DB_VERSION);
    } catch {
      resolve(true);
      return;
    }
    // A new database is made as the draft store makes it (idb's `upgrade`): one store.
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onerror = () => resolve(true);
    request.onblocked = () => resolve(true);
    request.onsuccess = () => {
      const db = request.result;
      try {
        const store = db.transaction(STORE, 'readonly').objectStore(STORE);
        let pending = keys.length;
        let found = false;
        if (pending === 0) resolve(false);
        for (const key of keys) {
          const count = store.count(key);
          count.onsuccess = () => {
            found ||= count.result > 0;
            pending -= 1;
            if (pending === 0) resolve(found);
          };
          count.onerror = () => resolve(true);
        }
      } catch {
        resolve(true);
      } finally {
        db.close();
      }
    };
  });
}
