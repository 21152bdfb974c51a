import type { DatasetIndexOf, DossierLikeRegistry } from '../dataset-index.ts';
import type { BundleOf, DatasetOf } from '../dataset.ts';
import {
  collectionOfType,
  collectionsOf,
  referencesOf,
  type CollectionsOf,
  type EntryOf,
  type Registry,
} from '../registry.ts';

/** The registry spec of an entry's type. */
function specOf<R extends DossierLikeRegistry<R>>(index: DatasetIndexOf<R>, entry: EntryOf<R>) {
  const { registry } = index.dataset;
  const collection = collectionOfType(registry, entry.type);
  return collection === undefined ? undefined : registry[collection];
}

/** Every id a record refers to, as the integrity checks follow them: all must be in the file. */
export function referencedIds<R extends DossierLikeRegistry<R>>(
  index: DatasetIndexOf<R>,
  entry: EntryOf<R>,
): string[] {
  const spec = specOf(index, entry);
  return spec ? referencesOf(spec, entry.record).map((reference) => reference.id) : [];
}

export interface ExportSelection {
  /** Ids of the records shown, in first-shown order, without duplicates or unknown ids. */
  shown: string[];
  /** Ids added so the file stands alone, in file order. */
  references: string[];
  /** Every id in the file. */
  included: ReadonlySet<string>;
}

/**
 * The shown records and everything a data folder needs around them to pass the checks on its
 * own: what they refer to, transitively (sources whole, so every passage verifies; parent
 * organizations up the tree; the posts a post reports to…), and, for a person or organization
 * nothing in the file refers to, one record that does — a folder rejects orphans.
 */
export function selectForExport<R extends DossierLikeRegistry<R>>(
  index: DatasetIndexOf<R>,
  shownIds: Iterable<string>,
): ExportSelection {
  const included = new Set<string>();
  const queue: string[] = [];
  const add = (id: string): void => {
    if (included.has(id) || !index.byId.has(id)) return;
    included.add(id);
    queue.push(id);
  };
  for (const id of shownIds) add(id);
  const shown = [...included];

  let referrers: Map<string, string[]> | null = null;
  for (;;) {
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
      const entry = index.byId.get(id);
      if (entry) for (const target of referencedIds(index, entry)) add(target);
    }
    const orphans = orphansAmong(index, included);
    if (orphans.length === 0) break;
    // Built only when needed: most views show records that anchor their people themselves.
    referrers ??= referrerMap(index);
    for (const orphan of orphans) {
      const anchor = referrers.get(orphan)?.[0];
      if (anchor !== undefined) add(anchor);
    }
    // A person no record refers to even in the full data cannot be anchored: stop there.
    if (queue.length === 0) break;
  }

  const shownSet = new Set(shown);
  const references = recordsInFileOrder(index, included)
    .map((entry) => entry.record.id)
    .filter((id) => !shownSet.has(id));
  return { shown, references, included };
}

/** The records a data folder would report as orphans (people and organizations only). */
function orphansAmong<R extends DossierLikeRegistry<R>>(
  index: DatasetIndexOf<R>,
  included: ReadonlySet<string>,
): string[] {
  const referenced = new Set<string>();
  for (const id of included) {
    const entry = index.byId.get(id);
    if (!entry) continue;
    const spec = specOf(index, entry);
    for (const reference of spec ? referencesOf(spec, entry.record) : []) {
      referenced.add(reference.id);
      // A unit with a parent is connected through it.
      if (reference.tree) referenced.add(id);
    }
  }
  return [...included].filter((id) => {
    const entry = index.byId.get(id);
    return (
      entry !== undefined &&
      specOf(index, entry)?.orphan?.unless === 'referenced' &&
      !referenced.has(id)
    );
  });
}

/** For every id, the records referring to it, sources first: the lightest anchor. */
function referrerMap<R extends DossierLikeRegistry<R>>(
  index: DatasetIndexOf<R>,
): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const entry of index.byId.values()) {
    for (const target of referencedIds(index, entry)) {
      const list = map.get(target);
      if (list) list.push(entry.record.id);
      else map.set(target, [entry.record.id]);
    }
  }
  return map;
}

function recordsInFileOrder<R extends DossierLikeRegistry<R>>(
  index: DatasetIndexOf<R>,
  ids: ReadonlySet<string>,
): EntryOf<R>[] {
  const entries = [...ids].flatMap((id) => {
    const entry = index.byId.get(id);
    return entry ? [entry] : [];
  });
  const { dataset } = index;
  const collections = collectionsOf(dataset.registry);
  const rankOf = new Map(collections.map((c, i) => [dataset.registry[c].type, i]));
  const rank = (entry: EntryOf<R>) => rankOf.get(entry.type) ?? 0;
  const position = new Map<string, number>();
  for (const collection of collections) {
    const records: readonly { id: string }[] = dataset[collection];
    records.forEach((record, i) => position.set(record.id, i));
  }
  return entries.sort(
    (a, b) =>
      rank(a) - rank(b) || (position.get(a.record.id) ?? 0) - (position.get(b.record.id) ?? 0),
  );
}

/**
 * One data file holding the shown records and their references, with a note saying which is
 * which. With a manifest listing it — or alone, for `npm run check-data -- file.json` — it
 * is a data folder of its own.
 */
export function exportBundle<R extends DossierLikeRegistry<R>>(
  index: DatasetIndexOf<R>,
  shownIds: Iterable<string>,
  title: string,
): BundleOf<R> {
  const { shown, references, included } = selectForExport(index, shownIds);
  return bundleOf(index.dataset, { title, shown, references }, included);
}

/** The dataset's records among `included`, by collection; a collection with none is left out. */
function bundleOf<R extends Registry<R>>(
  dataset: DatasetOf<R>,
  note: { title: string; shown: string[]; references: string[] },
  included: ReadonlySet<string>,
): BundleOf<R> {
  const records: Partial<CollectionsOf<R>> = {};
  const collections: CollectionsOf<R> = dataset;
  for (const collection of collectionsOf(dataset.registry)) {
    const kept = collections[collection].filter((record) => included.has(record.id));
    // An absent collection rather than an empty one: JSON.stringify leaves it out.
    if (kept.length > 0) records[collection] = kept;
  }
  return { export: note, ...records };
}
