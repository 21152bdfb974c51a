import { DataFileReadError } from '../domain/data-file-read-error.ts';
import { mergeBundles, type Bundle, type Dataset, type LoadedFile } from '../domain/dataset.ts';
import { DatasetError, type Problem } from '../domain/problem.ts';
import { ManifestSchema } from '../domain/records.ts';
import { REGISTRY } from '../domain/registry.ts';
import { z } from '../domain/zod.ts';
import { tagOf } from './type-tag.ts';

/**
 * The messages between the page and the loading worker. The page asks for a folder; the worker
 * answers with progress, each file's records as soon as they match the schemas (each received
 * and parsed as its own task, while the next files download), `parsed` once every file has come
 * (with what the index needs), then `done` once the cross-file checks pass, or `failed` with the
 * same errors the loader throws.
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
 * A file's records as the worker's schemas made them: their shape is not parsed again on this
 * side (that would redo the work the worker is for), only the envelope is.
 */
const BundleSchema = z.custom<Bundle>((value) => typeof value === 'object' && value !== null);
const LocationsSchema = z.custom<Int32Array>((value) => tagOf(value) === '[object Int32Array]');

export const WorkerMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), progress: LoadProgressSchema }),
  /**
   * One file that matched the schemas, the manifest's `index`th: what the schemas made of it, as
   * JSON text (a string crosses to the page as one copy, and `JSON.parse` there costs about half
   * of a structured clone of the same records). Sent as soon as the file is checked, while the
   * next ones download; shown only once `done` says the whole folder passed.
   */
  z.object({
    type: z.literal('file'),
    index: z.number().int().nonnegative(),
    file: z.string(),
    text: z.string(),
  }),
  /**
   * Every file has come (`files` of them) and matched the schemas: the page may build its index
   * while the worker runs the cross-file checks; `done` or `failed` follows.
   */
  z.object({
    type: z.literal('parsed'),
    title: z.string(),
    files: z.number().int().nonnegative(),
    /** `passageLocations` of the dataset, for `buildIndex`. */
    locations: LocationsSchema,
  }),
  z.object({
    type: z.literal('done'),
    warnings: z.array(ProblemSchema),
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
export type FileMessage = Extract<WorkerMessage, { type: 'file' }>;
export type ParsedMessage = Extract<WorkerMessage, { type: 'parsed' }>;
export type DoneMessage = Extract<WorkerMessage, { type: 'done' }>;

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
 * Collects the files as they arrive (in any order), each parsed in the task that receives it,
 * and makes the dataset in manifest order, as the loader merges it, once `parsed` comes. Its
 * warnings are those of `done`, added by `finish`.
 */
export function datasetAssembler() {
  const files: LoadedFile[] = [];
  const warnings: Problem[] = [];
  let dataset: Dataset | null = null;
  return {
    add(message: FileMessage): void {
      files[message.index] = {
        file: message.file,
        bundle: BundleSchema.parse(JSON.parse(message.text)),
      };
    },
    /** The dataset of every file, without its warnings yet; throws if a file is missing. */
    dataset(parsed: ParsedMessage): Dataset {
      const loaded: LoadedFile[] = [];
      for (let i = 0; i < parsed.files; i += 1) {
        const file = files[i];
        if (!file) throw new Error(`the data loader did not send file ${i + 1} of ${parsed.files}`);
        loaded.push(file);
      }
      dataset = mergeBundles(REGISTRY, parsed.title, loaded, warnings);
      return dataset;
    },
    /** The dataset made by `dataset`, with the warnings the whole folder's checks found. */
    finish(done: DoneMessage): Dataset {
      if (!dataset) throw new Error('the data loader finished before sending every file');
      warnings.push(...done.warnings);
      return dataset;
    },
  };
}
