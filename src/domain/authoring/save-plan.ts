import type { Dataset, DossierRecord, RecordType } from '../dataset.ts';
import { MANIFEST_FILE } from '../load-dataset.ts';
import type { Manifest } from '../records.ts';
import { COLLECTIONS, collectionOfType, REGISTRY, type Collection } from '../registry.ts';
import { canonicalJson } from './canonical-json.ts';

/** One change to the data folder, as a draft records it. */
export type RecordChange =
  { op: 'put'; entry: DossierRecord } | { op: 'delete'; type: RecordType; id: string };

/** A file to write: its path in the folder and its whole new content. */
export interface PlannedFile {
  path: string;
  content: string;
}

export interface SavePlan {
  /** Changed files only, manifest last, each in canonical JSON. */
  files: PlannedFile[];
  /** Every file of the folder after the save, as the manifest lists them. */
  manifest: Manifest;
}

type WorkingFile = Map<Collection, { id: string }[]>;

/**
 * Which files a set of changes rewrites, and with what. A changed record stays in the file it
 * was read from; a new one goes where the folder's layout puts it: a source in
 * `sources/<id>.json`, people and organizations in `entities.json`, every other record in
 * `records/<source>.json` after the first source it cites. New files join the manifest
 * (sources first, then entities, then records, as the loader reads them). Only files a change
 * touches are written; an unchanged folder gives an empty plan.
 */
export function planSave(
  dataset: Dataset | null,
  manifest: Manifest | null,
  changes: readonly RecordChange[],
  newTitle = 'Dossier',
): SavePlan {
  const files = new Map<string, WorkingFile>();
  const fileOf = new Map<string, string>();
  const fileFor = (path: string): WorkingFile => {
    let file = files.get(path);
    if (!file) {
      file = new Map();
      files.set(path, file);
    }
    return file;
  };
  if (dataset) {
    for (const collection of COLLECTIONS) {
      const records: readonly { id: string }[] = dataset[collection];
      for (const record of records) {
        const path = dataset.fileOf.get(record.id);
        if (path === undefined) continue;
        fileOf.set(record.id, path);
        const file = fileFor(path);
        const list = file.get(collection);
        if (list) list.push(record);
        else file.set(collection, [record]);
      }
    }
  }

  const touched = new Set<string>();
  for (const change of changes) {
    if (change.op === 'delete') {
      const path = fileOf.get(change.id);
      if (path === undefined) continue;
      removeFrom(fileFor(path), change.id);
      fileOf.delete(change.id);
      touched.add(path);
      continue;
    }
    const { entry } = change;
    const collection = collectionOfType(REGISTRY, entry.type);
    if (collection === undefined) continue;
    const path = fileOf.get(entry.record.id) ?? homeOf(entry);
    const file = fileFor(path);
    const list = file.get(collection) ?? [];
    const at = list.findIndex((record) => record.id === entry.record.id);
    if (at >= 0) list[at] = entry.record;
    else {
      removeFrom(file, entry.record.id);
      list.push(entry.record);
    }
    file.set(collection, list);
    fileOf.set(entry.record.id, path);
    touched.add(path);
  }

  const listed = manifest?.files ?? [];
  const added = [...touched].filter((path) => !listed.includes(path));
  const nextManifest: Manifest = {
    format: 'dossier/1',
    title: manifest?.title ?? newTitle,
    files: withNewFiles(listed, added),
  };
  const planned: PlannedFile[] = [...touched]
    .sort((a, b) => order(a) - order(b) || (a < b ? -1 : 1))
    .map((path) => ({ path, content: canonicalJson(bundleOf(fileFor(path))) }));
  if (manifest === null || added.length > 0) {
    planned.push({ path: MANIFEST_FILE, content: canonicalJson(nextManifest) });
  }
  return { files: planned, manifest: nextManifest };
}

/** The file a new record belongs in, by the folder's layout. */
export function homeOf(entry: DossierRecord): string {
  switch (entry.type) {
    case 'source':
      return `sources/${entry.record.id}.json`;
    case 'person':
    case 'organization':
      return 'entities.json';
    default: {
      const source = entry.record.evidence[0]?.source;
      return source === undefined ? 'records.json' : `records/${source}.json`;
    }
  }
}

function removeFrom(file: WorkingFile, id: string): void {
  for (const [collection, list] of file) {
    const kept = list.filter((record) => record.id !== id);
    if (kept.length !== list.length) file.set(collection, kept);
  }
}

/** Collections in the loader's order; an emptied one is left out, as hand-written files do. */
function bundleOf(file: WorkingFile): Record<string, unknown> {
  const bundle: Record<string, unknown> = {};
  for (const collection of COLLECTIONS) {
    const list = file.get(collection);
    if (list && list.length > 0) bundle[collection] = list;
  }
  return bundle;
}

/** Sources are read first, entities next, records last: the order a manifest lists them in. */
function order(path: string): number {
  if (path.startsWith('sources/')) return 0;
  if (path === 'entities.json') return 1;
  return 2;
}

function withNewFiles(listed: readonly string[], added: readonly string[]): string[] {
  const result = [...listed];
  for (const path of [...added].sort((a, b) => order(a) - order(b) || (a < b ? -1 : 1))) {
    const lastOfKind = result.findLastIndex((file) => order(file) <= order(path));
    result.splice(lastOfKind + 1, 0, path);
  }
  return result;
}
