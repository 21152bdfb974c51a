import { DataFileReadError } from '../domain/data-file-read-error.ts';
import { emptyCollections, type Collections, type Dataset } from '../domain/dataset.ts';
import { DatasetError } from '../domain/problem.ts';
import { ManifestSchema } from '../domain/records.ts';
import {
  COLLECTIONS,
  REGISTRY,
  type Collection,
  type DossierRegistry,
  type RecordOf,
} from '../domain/registry.ts';
import { z } from '../domain/zod.ts';
import { tagOf } from './type-tag.ts';

/**
 * The messages between the page and the loading worker. The page asks for a folder; the worker
 * answers with progress, the checked records in parts (each part is received as its own task,
 * so no single structured clone blocks the page for long), then `done` with what the index
 * needs, or `failed` with the same errors the loader throws.
 */
export const LoadRequestSchema = z.object({ type: z.literal('load'), base: z.string() });
export type LoadRequest = z.infer<typeof LoadRequestSchema>;

export const LoadStageSchema = z.enum(['fetching', 'checking', 'linking', 'cached']);
export type LoadStage = z.infer<typeof LoadStageSchema>;

export const LoadProgressSchema = z.object({
  stage: LoadStageSchema,
  /** Files listed in the manifest; 0 until it is read. */
  files: z.number(),
  filesFetched: z.number(),
  filesChecked: z.number(),
  /** Records that matched the schemas so far. */
  records: z.number(),
});
export type LoadProgress = z.infer<typeof LoadProgressSchema>;

const ProblemSchema = z.object({
  file: z.string(),
  record: z.string().nullable(),
  path: z.string(),
  message: z.string(),
});

export const LoadFailureSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('dataset'), problems: z.array(ProblemSchema) }),
  z.object({ kind: z.literal('read'), file: z.string(), reason: z.string() }),
  z.object({ kind: z.literal('other'), message: z.string() }),
]);
export type LoadFailure = z.infer<typeof LoadFailureSchema>;

/**
 * Records the worker has checked itself: their shape is not parsed again on this side (that
 * would redo the work the worker is for), only the envelope is.
 */
const CollectionsPartSchema = z.custom<Partial<Collections>>(
  (value) => typeof value === 'object' && value !== null,
);
const LocationsSchema = z.custom<Int32Array>((value) => tagOf(value) === '[object Int32Array]');

export const WorkerMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), progress: LoadProgressSchema }),
  z.object({
    type: z.literal('part'),
    part: CollectionsPartSchema,
    /**
     * The file of each record of the part, in order. The file of every record used to come as
     * one `Map` in `done`: 49,000 entries at 1,000 interviews, whose clone the page received
     * in one task of 90 ms or more; in the parts it is received a few hundred at a time.
     */
    files: z.array(z.string()),
  }),
  z.object({
    type: z.literal('done'),
    title: z.string(),
    warnings: z.array(ProblemSchema),
    /** `passageLocations` of the dataset, for `buildIndex`. */
    locations: LocationsSchema,
    fromCache: z.boolean(),
    /**
     * Every data file's `ETag` as served, the manifest's included (`"absent"` for a new
     * dossier's): a save sends it back, so the edit server refuses a file changed on disk
     * since. A file served with no ETag is left out.
     */
    versions: z.record(z.string(), z.string()),
    /** The manifest as read: a save that adds files writes it with them. */
    manifest: ManifestSchema,
  }),
  z.object({ type: z.literal('failed'), failure: LoadFailureSchema }),
]);
export type WorkerMessage = z.infer<typeof WorkerMessageSchema>;
export type DoneMessage = Extract<WorkerMessage, { type: 'done' }>;
export type PartMessage = Extract<WorkerMessage, { type: 'part' }>;

/** The loader's error as data that survives `postMessage`. */
export function failureOf(error: unknown): LoadFailure {
  if (error instanceof DatasetError) return { kind: 'dataset', problems: [...error.problems] };
  if (error instanceof DataFileReadError)
    return { kind: 'read', file: error.file, reason: error.reason };
  return { kind: 'other', message: error instanceof Error ? error.message : String(error) };
}

/** The error the loader threw in the worker, rebuilt so the error screen tells it apart. */
export function errorOf(failure: LoadFailure): Error {
  switch (failure.kind) {
    case 'dataset':
      return new DatasetError(failure.problems);
    case 'read':
      return new DataFileReadError(failure.file, failure.reason);
    case 'other':
      return new Error(failure.message);
  }
}

/**
 * How many records of each collection go in one message. Sources carry whole texts, so fewer
 * of them; the figures keep each part's clone well under a frame's worth of work at 1,000
 * interviews (measured by the bench's longest-task figure).
 */
const PART_SIZE = { sources: 8, other: 500 } as const;

/**
 * The collections cut into parts to post one by one, in collection order, each with the file
 * of each of its records (`fileOf`).
 */
export function partsOf(
  collections: Collections,
  fileOf: ReadonlyMap<string, string>,
): Omit<PartMessage, 'type'>[] {
  const parts: Omit<PartMessage, 'type'>[] = [];
  for (const name of COLLECTIONS) {
    const records = collections[name];
    const size = name === 'sources' ? PART_SIZE.sources : PART_SIZE.other;
    for (let i = 0; i < records.length; i += size) {
      const part = sliceOf(collections, name, i, i + size);
      parts.push({ part, files: filesOf(part, fileOf) });
    }
  }
  return parts;
}

/** The records of a part, in collection order, as the assembler reads them. */
function* recordsOfPart(part: Partial<Collections>): Generator<{ id: string }> {
  for (const name of COLLECTIONS) yield* part[name] ?? [];
}

function filesOf(part: Partial<Collections>, fileOf: ReadonlyMap<string, string>): string[] {
  const files: string[] = [];
  for (const record of recordsOfPart(part)) files.push(fileOf.get(record.id) ?? '');
  return files;
}

/** Records `from`–`to` of one collection, as a part of its own (any collection, by its name). */
function sliceOf<C extends Collection>(
  collections: Collections,
  name: C,
  from: number,
  to: number,
): Partial<Collections> {
  // Every collection is there, all but one empty: cloning an empty array costs nothing.
  const part = emptyCollections();
  const list = part[name];
  for (const record of collections[name].slice(from, to)) list.push(record);
  return part;
}

/** Collects the parts as they arrive and makes the dataset once `done` comes. */
export function datasetAssembler() {
  const collections = emptyCollections();
  const fileOf = new Map<string, string>();
  return {
    add({ part, files }: Omit<PartMessage, 'type'>): void {
      for (const name of COLLECTIONS) {
        const records = part[name];
        if (records) appendTo(collections, name, part);
      }
      let at = 0;
      for (const record of recordsOfPart(part)) {
        const file = files[at];
        at += 1;
        // The first file a record appears in, as the loader's `fileOf` has it.
        if (file !== undefined && file !== '' && !fileOf.has(record.id))
          fileOf.set(record.id, file);
      }
    },
    finish(done: DoneMessage): Dataset {
      return {
        title: done.title,
        registry: REGISTRY,
        ...collections,
        fileOf,
        warnings: done.warnings,
      };
    },
  };
}

function appendTo<C extends Collection>(
  collections: Collections,
  name: C,
  part: Partial<Collections>,
): void {
  const records: readonly RecordOf<DossierRegistry, C>[] = part[name] ?? [];
  const list = collections[name];
  for (const record of records) list.push(record);
}
