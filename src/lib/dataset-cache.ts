import { openDB } from 'idb';
import { z } from '../domain/zod.ts';
import { tagOf } from './type-tag.ts';

/**
 * A checked dataset as saved for the next visit, under the key of the exact content it was
 * checked from: the manifest, every file's validator, and the loader itself. Each file is kept
 * as the JSON text of what the schemas made of it, as the worker sends it to the page: strings
 * are read out of IndexedDB and posted as plain copies, where a saved tree of 49,000 records was
 * deserialized, cloned again to the page and deserialized there.
 */
export const CachedDatasetSchema = z.object({
  key: z.string(),
  title: z.string(),
  files: z.array(z.object({ file: z.string(), text: z.string() })),
  warnings: z.array(
    z.object({
      file: z.string(),
      record: z.string().nullable(),
      path: z.string(),
      message: z.string(),
    }),
  ),
  locations: z.custom<Int32Array>((value) => tagOf(value) === '[object Int32Array]'),
});
export type CachedDataset = z.infer<typeof CachedDatasetSchema>;

/** One saved dataset per data folder: a new content replaces the old entry. */
export interface DatasetCache {
  get: (base: string) => Promise<CachedDataset | undefined>;
  /**
   * Only the saved entry's key: a revalidation reads this small record first, and the whole
   * dataset (tens of megabytes to clone out of the store) only once the key matches.
   */
  keyOf: (base: string) => Promise<string | undefined>;
  put: (base: string, entry: CachedDataset) => Promise<void>;
}

/**
 * The saved copy for `key`, or nothing when the folder's content has changed since: the key is
 * compared before the entry is read, so a changed folder costs no read of the old copy.
 */
export async function cachedFor(
  cache: DatasetCache,
  base: string,
  key: string,
): Promise<CachedDataset | undefined> {
  if ((await cache.keyOf(base)) !== key) return undefined;
  const entry = await cache.get(base);
  return entry?.key === key ? entry : undefined;
}

/** Text → hex digest: SHA-256 where the page is a secure context, else 64-bit FNV-1a. */
export async function digest(text: string): Promise<string> {
  if (globalThis.crypto?.subtle) {
    const bytes = new TextEncoder().encode(text);
    const hash = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes));
    return `sha256-${Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('')}`;
  }
  return `fnv1a-${fnv1a64(text)}`;
}

function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = BigInt.asUintN(64, hash * 0x100000001b3n);
  }
  return hash.toString(16).padStart(16, '0');
}

/**
 * The key of a folder's content: the loader version (a changed schema or check must not trust
 * an old verdict), the manifest's text and, for every listed file in order, its path and
 * validator (ETag, Last-Modified or the hash of its text). Any change to any of them is
 * another key.
 */
export async function contentKey(
  loader: string,
  manifestText: string,
  validators: readonly (readonly [file: string, validator: string])[],
): Promise<string> {
  return digest(JSON.stringify([loader, manifestText, validators]));
}

const DB_NAME = 'dossier-datasets';
const STORE = 'checked';
/** Where an entry's key is saved beside it, in the same store. */
const keyRecord = (base: string) => `key ${base}`;

/** The cache in IndexedDB; every failure (private mode, quota) reads as a miss. */
export function indexedDbDatasetCache(): DatasetCache {
  const db = openDB(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore(STORE);
    },
  });
  // A refused database is handled on use; here it must not count as an unhandled rejection.
  db.catch(() => undefined);
  return {
    async get(base) {
      try {
        const parsed = CachedDatasetSchema.safeParse(await (await db).get(STORE, base));
        return parsed.success ? parsed.data : undefined;
      } catch {
        return undefined;
      }
    },
    async keyOf(base) {
      try {
        const key: unknown = await (await db).get(STORE, keyRecord(base));
        return typeof key === 'string' ? key : undefined;
      } catch {
        return undefined;
      }
    },
    async put(base, entry) {
      try {
        const transaction = (await db).transaction(STORE, 'readwrite');
        await Promise.all([
          transaction.store.put(entry, base),
          transaction.store.put(entry.key, keyRecord(base)),
          transaction.done,
        ]);
      } catch {
        // Nothing saved: the next visit checks the folder again, as the first did.
      }
    },
  };
}

/**
 * Drops the saved copy of a folder (`base` as the worker names it: the absolute address), so
 * the next load checks it afresh: after a save, the page reloads what it just wrote.
 */
export async function forgetSavedDataset(base: string): Promise<void> {
  try {
    const db = await openDB(DB_NAME, 1, {
      upgrade(database) {
        database.createObjectStore(STORE);
      },
    });
    const transaction = db.transaction(STORE, 'readwrite');
    await Promise.all([
      transaction.store.delete(base),
      transaction.store.delete(keyRecord(base)),
      transaction.done,
    ]);
    db.close();
  } catch {
    // No database: nothing saved to forget.
  }
}

/** A cache in memory, for tests and where IndexedDB is missing. */
export function memoryDatasetCache(): DatasetCache {
  const entries = new Map<string, CachedDataset>();
  return {
    get: (base) => Promise.resolve(entries.get(base)),
    keyOf: (base) => Promise.resolve(entries.get(base)?.key),
    put: (base, entry) => {
      entries.set(base, entry);
      return Promise.resolve();
    },
  };
}
