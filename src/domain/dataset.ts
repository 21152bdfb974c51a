import type { Problem } from './problem.ts';
import type { ExportNote } from './records.ts';
import {
  collectionsOf,
  emptyCollectionsOf,
  entriesOf,
  isSourced,
  REGISTRY,
  type AnyRecordSpec,
  type BaseRecord,
  type CollectionsOf,
  type DossierRecord,
  type DossierRegistry,
  type EntryOf,
  type RecordOf,
  type Registry,
} from './registry.ts';

export type { Collection, Collections, DossierRecord, RecordType } from './registry.ts';

/** Every record of a data folder, merged across its files. */
export type DatasetOf<R extends Registry<R>> = CollectionsOf<R> & {
  title: string;
  /** The record types the dataset holds. */
  registry: R;
  /** The data file each record id was read from, for messages and exports. */
  fileOf: Map<string, string>;
  /** Suspicious but harmless content (see `checkContent`), shown to the user as a notice. */
  warnings: readonly Problem[];
};

/** Every record of a Dossier data folder. */
export type Dataset = DatasetOf<DossierRegistry>;

/** A record that carries evidence: everything but a source. */
export type SourcedRecord = Exclude<DossierRecord, { type: 'source' }>;

/** One data file: any of the record collections, each optional, and the note of an export. */
export type BundleOf<R extends Registry<R>> = Partial<CollectionsOf<R>> & {
  /** Present in exported files only. */
  export?: ExportNote;
};
export type Bundle = BundleOf<DossierRegistry>;

export interface LoadedFileOf<R extends Registry<R>> {
  file: string;
  bundle: BundleOf<R>;
}
export type LoadedFile = LoadedFileOf<DossierRegistry>;

/** A fresh set of Dossier's collections, each empty. */
export function emptyCollections(): CollectionsOf<DossierRegistry> {
  return emptyCollectionsOf(REGISTRY);
}

/** The files' records, collection by collection, in file order. */
export function mergeBundles<R extends Registry<R>>(
  registry: R,
  title: string,
  files: readonly LoadedFileOf<R>[],
  warnings: readonly Problem[] = [],
): DatasetOf<R> {
  const collections = emptyCollectionsOf(registry);
  const fileOf = new Map<string, string>();
  for (const { file, bundle } of files) {
    for (const collection of collectionsOf(registry)) {
      add(collections, bundle, collection, (id) => {
        if (!fileOf.has(id)) fileOf.set(id, file);
      });
    }
  }
  return { ...collections, title, registry, fileOf, warnings };
}

function add<R extends Registry<R>, C extends keyof R>(
  target: CollectionsOf<R>,
  bundle: BundleOf<R>,
  collection: C,
  seen: (id: string) => void,
): void {
  const records: readonly RecordOf<R, C>[] = bundle[collection] ?? [];
  const list = target[collection];
  for (const record of records) {
    list.push(record);
    seen(record.id);
  }
}

/** Every record of the dataset, tagged with its type, in collection order. */
export function recordsOf<R extends Registry<R>>(dataset: DatasetOf<R>): EntryOf<R>[] {
  const { registry } = dataset;
  return collectionsOf(registry).flatMap((collection) =>
    entriesOf(registry, collection, dataset[collection]),
  );
}

/** Every record that carries evidence, in collection order. */
export function sourcedRecordsOf(dataset: Dataset): SourcedRecord[] {
  return recordsOf(dataset).filter(isSourcedEntry);
}

function isSourcedEntry(entry: DossierRecord): entry is SourcedRecord {
  return entry.type !== 'source';
}

/** Whether a record of this type carries evidence, by its registry entry. */
export function isSourcedType<R extends Registry<R>>(registry: R, type: string): boolean {
  return collectionsOf(registry).some(
    (collection) => registry[collection].type === type && isSourced(registry[collection]),
  );
}

/** One collection's records in a file, with the spec of their type. */
export interface CollectionRecords {
  collection: string;
  spec: AnyRecordSpec;
  records: readonly BaseRecord[];
}

/** A file's records, collection by collection, as generic checks read them. */
export function recordsByCollection<R extends Registry<R>>(
  registry: R,
  bundle: BundleOf<R>,
): CollectionRecords[] {
  return collectionsOf(registry).map((collection) => {
    const records: readonly BaseRecord[] = bundle[collection] ?? [];
    return { collection, spec: registry[collection], records };
  });
}
