import { z } from './zod.ts';
import {
  mergeBundles,
  type BundleOf,
  type Dataset,
  type DatasetOf,
  type LoadedFileOf,
} from './dataset.ts';
import { checkContent } from './content-checks.ts';
import { checkIntegrity } from './integrity.ts';
import { DataFileReadError } from './data-file-read-error.ts';
import { DatasetError, type Problem } from './problem.ts';
import { ExportNoteSchema, ManifestSchema, type Manifest } from './records.ts';
import {
  collectionsOf,
  REGISTRY,
  type CollectionsOf,
  type DossierRegistry,
  type RecordOf,
  type Registry,
} from './registry.ts';

export const MANIFEST_FILE = 'manifest.json';

/** Reads one file of a data folder, by its path relative to the folder. */
export type ReadDataFile = (path: string) => Promise<string>;

export { DataFileReadError };

/**
 * Loads a data folder: the manifest, then every file it lists, each parsed as JSON and
 * validated by the schemas, then the integrity checks over the whole. Resolves with the
 * dataset, or rejects with a `DatasetError` listing every problem found (as many as can be
 * found in one pass, so a user fixes them all at once). A failure to read the manifest
 * itself rejects with `DataFileReadError`, so the caller can offer a retry.
 */
/** What a loader tells its caller as it goes: for a progress bar, and to pass files on early. */
export interface LoadObserverOf<R extends Registry<R>> {
  /** The manifest is read: this many files to come. */
  listed?: (files: number) => void;
  /**
   * One listed file (the manifest's `index`th) was parsed and matched the schemas, with this many
   * records: `bundle` is what the schemas made of it. The folder's cross-file checks are still
   * to come, so nothing may be shown from it yet.
   */
  checked?: (file: string, records: number, bundle: BundleOf<R>, index: number) => void;
  /**
   * Every listed file matched the schemas (in manifest order); the cross-file checks start now.
   * A failure of those still rejects the load.
   */
  parsed?: (title: string, files: readonly LoadedFileOf<R>[]) => void;
}
export type LoadObserver = LoadObserverOf<DossierRegistry>;

export function loadDataset(read: ReadDataFile, observer: LoadObserver = {}): Promise<Dataset> {
  return loadDatasetOf(REGISTRY, read, observer);
}

/** `loadDataset` for the record types of another registry (a test's, with a type more). */
export async function loadDatasetOf<R extends Registry<R>>(
  registry: R,
  read: ReadDataFile,
  observer: LoadObserverOf<R> = {},
): Promise<DatasetOf<R>> {
  const manifestText = await read(MANIFEST_FILE);
  const manifest = parseFile(MANIFEST_FILE, manifestText, ManifestSchema);
  if (!manifest.ok) throw new DatasetError(manifest.problems);
  observer.listed?.(manifest.value.files.length);

  const files = await readAll(registry, read, manifest.value, observer);
  const problems: Problem[] = [];
  const loaded: LoadedFileOf<R>[] = [];
  const warnings: Problem[] = [];
  for (const file of files) {
    if (file.ok) {
      loaded.push(file.value.loaded);
      warnings.push(...file.value.warnings);
    } else problems.push(...file.problems);
  }
  // Cross-file checks on a partial folder would only echo the parse problems as dangling ids.
  if (problems.length > 0) throw new DatasetError(problems);
  observer.parsed?.(manifest.value.title, loaded);
  const integrity = checkIntegrity(loaded, registry);
  if (integrity.length > 0) throw new DatasetError(integrity);
  return mergeBundles(registry, manifest.value.title, loaded, warnings);
}

type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/**
 * A file that matched the schemas, with its content warnings (`checkContent` looks at one record
 * at a time, so each file is checked as it arrives, while the next ones download; the warnings
 * count only once the whole folder passes).
 */
interface ReadFile<R extends Registry<R>> {
  loaded: LoadedFileOf<R>;
  warnings: Problem[];
}

/** Files read at once: browsers drop requests when thousands are started together. */
const CONCURRENT_READS = 6;

/** Like `Promise.all(items.map(task))`, with at most `limit` tasks under way, results in order. */
export async function mapConcurrently<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next;
      next += 1;
      const item = items[i];
      if (item !== undefined) results[i] = await task(item, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

async function readAll<R extends Registry<R>>(
  registry: R,
  read: ReadDataFile,
  manifest: Manifest,
  observer: LoadObserverOf<R>,
): Promise<Parsed<ReadFile<R>>[]> {
  return mapConcurrently(
    manifest.files,
    CONCURRENT_READS,
    async (file, i): Promise<Parsed<ReadFile<R>>> => {
      let text: string;
      try {
        text = await read(file);
      } catch (error) {
        const reason =
          error instanceof DataFileReadError
            ? error.reason
            : error instanceof Error
              ? error.message
              : String(error);
        return {
          ok: false,
          problems: [
            {
              file: MANIFEST_FILE,
              record: null,
              path: `files[${i}]`,
              message: `listed file ${file} could not be read (${reason})`,
            },
          ],
        };
      }
      const json = parseJson(file, text);
      if (!json.ok) return json;
      const bundle = parseBundle(registry, json.value);
      if (bundle.ok) {
        let records = 0;
        for (const name of collectionsOf(registry)) records += bundle.value[name]?.length ?? 0;
        const loaded = { file, bundle: bundle.value };
        observer.checked?.(file, records, bundle.value, i);
        const warnings = checkContent([loaded], registry);
        return { ok: true, value: { loaded, warnings } };
      }
      return {
        ok: false,
        problems: bundle.issues.map((issue) => problemOf(file, json.value, issue)),
      };
    },
  );
}

function parseJson(file: string, text: string): Parsed<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, problems: [jsonSyntaxProblem(file, text, error)] };
  }
}

function parseFile<S extends z.ZodType>(file: string, text: string, schema: S): Parsed<z.infer<S>> {
  const json = parseJson(file, text);
  if (!json.ok) return json;
  const result = schema.safeParse(json.value);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => problemOf(file, json.value, issue)),
  };
}

function problemOf(file: string, json: unknown, issue: z.core.$ZodIssue): Problem {
  return {
    file,
    record: recordIdAt(json, issue.path),
    path: formatPath(issue.path),
    message: issue.message,
  };
}

export type BundleParse<R extends Registry<R>> =
  { ok: true; value: BundleOf<R> } | { ok: false; issues: z.core.$ZodIssue[] };

/**
 * Validates one data file against the registry: an object holding only the registry's
 * collections (and an export's note), each a list of records valid by their type's schema.
 */
export function parseBundle<R extends Registry<R>>(registry: R, json: unknown): BundleParse<R> {
  const envelope = envelopeOf(registry).safeParse(json);
  if (!envelope.success) return { ok: false, issues: envelope.error.issues };
  const bundle: BundleOf<R> = {};
  const note = ExportNoteSchema.optional().parse(envelope.data.export);
  if (note) bundle.export = note;
  const issues: z.core.$ZodIssue[] = [];
  for (const collection of collectionsOf(registry)) {
    const items = z.array(z.unknown()).optional().parse(envelope.data[collection]);
    if (items !== undefined) {
      issues.push(...parseCollection(registry, bundle, collection, items));
    }
  }
  return issues.length === 0 ? { ok: true, value: bundle } : { ok: false, issues };
}

/** The file's shape: which keys it may have, each collection a list (its records checked after). */
function envelopeOf<R extends Registry<R>>(registry: R) {
  const shape: Record<string, z.ZodType> = { export: ExportNoteSchema.optional() };
  for (const collection of collectionsOf(registry)) {
    shape[collection] = z.array(z.unknown()).optional();
  }
  return z.strictObject(shape);
}

function parseCollection<R extends Registry<R>, C extends keyof R & string>(
  registry: R,
  bundle: Partial<CollectionsOf<R>>,
  collection: C,
  items: readonly unknown[],
): z.core.$ZodIssue[] {
  const schema: R[C]['schema'] = registry[collection].schema;
  const records: RecordOf<R, C>[] = [];
  const issues: z.core.$ZodIssue[] = [];
  items.forEach((item, i) => {
    const result = schema.safeParse(item);
    if (result.success) records.push(result.data);
    else {
      for (const issue of result.error.issues) {
        issues.push({ ...issue, path: [collection, i, ...issue.path] });
      }
    }
  });
  bundle[collection] = records;
  return issues;
}

/**
 * Where JSON stops parsing, as a line and column, and the last record id read before that
 * point: a file cut short or mangled by hand is fixed at the record being written.
 */
function jsonSyntaxProblem(file: string, text: string, error: unknown): Problem {
  const reason = error instanceof Error ? error.message : String(error);
  const at = /position (\d+)/.exec(reason);
  const truncated = /end of JSON input/i.test(reason);
  // Some engines (Node 20) name no position for a bad token: say what they say, no more.
  if (at?.[1] === undefined && !truncated) {
    return { file, record: null, path: '', message: `not valid JSON (${reason})` };
  }
  const offset = at?.[1] !== undefined ? Number(at[1]) : text.length;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const ids = [...before.matchAll(/"id"\s*:\s*"([^"\\]{1,200})"/g)];
  const lastId = ids.at(-1)?.[1] ?? null;
  const cut =
    truncated || offset >= text.trimEnd().length ? 'the file ends too early (truncated?)' : reason;
  return {
    file,
    record: lastId,
    path: `line ${line}, column ${column}`,
    message: `not valid JSON: ${cut}${lastId ? `; the last record id read before it is "${lastId}"` : ''}`,
  };
}

/** `['positions', 3, 'reportsTo', 0]` → `positions[3].reportsTo[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** The id of the record an issue is in, read from the raw JSON when it has one. */
function recordIdAt(json: unknown, path: readonly PropertyKey[]): string | null {
  const [collection, index] = path;
  if (typeof collection !== 'string' || typeof index !== 'number') return null;
  if (collection === 'export') return null;
  if (typeof json !== 'object' || json === null) return null;
  const records: unknown = Reflect.get(json, collection);
  if (!Array.isArray(records)) return null;
  const record: unknown = records[index];
  if (typeof record !== 'object' || record === null) return null;
  const id: unknown = Reflect.get(record, 'id');
  return typeof id === 'string' && id.length > 0 ? id : null;
}
