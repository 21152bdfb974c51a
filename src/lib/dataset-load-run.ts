import { passageLocations } from '../domain/dataset-index.ts';
import type { Collections, Dataset } from '../domain/dataset.ts';
import { loadDataset, MANIFEST_FILE, mapConcurrently } from '../domain/load-dataset.ts';
import { ManifestSchema, type Manifest } from '../domain/records.ts';
import { etagOf, fetchDataFile, headValidator } from './data-file-fetch.ts';
import {
  cachedFor,
  contentKey,
  digest,
  type CachedDataset,
  type DatasetCache,
} from './dataset-cache.ts';
import {
  failureOf,
  partsOf,
  type LoadProgress,
  type WorkerMessage,
} from './dataset-load-protocol.ts';

export interface LoadRun {
  fetch: typeof fetch;
  /** `null`: no saved copies (no IndexedDB). */
  cache: DatasetCache | null;
  /** Names the loader's build, so that a new app never trusts an old app's verdict. */
  loader: string;
  post: (message: WorkerMessage, transfer?: Transferable[]) => void;
}

/** HEAD requests at once when revalidating a saved copy. */
const CONCURRENT_HEADS = 6;

/**
 * What the loading worker does for one folder: the saved copy when every file is unchanged,
 * else today's loader (`loadDataset`, the one check-data runs), reporting progress; then the
 * records in parts and `done`, and the checked result saved for next time. A failure is posted
 * as `failed` with the loader's own problems.
 */
export async function runLoad(base: string, run: LoadRun): Promise<void> {
  try {
    const manifest = await fetchDataFile(base, MANIFEST_FILE, run.fetch);
    const saved = run.cache ? await savedCopy(base, manifest.text, run) : undefined;
    if (saved) {
      post(run, { stage: 'cached', files: 0, filesFetched: 0, filesChecked: 0, records: 0 });
      sendDataset(run, saved.entry, true, {
        versions: withManifest(saved.versions, manifest.etag),
        manifest: saved.manifest,
      });
      return;
    }
    const { dataset, validators, versions, listed } = await loadWithProgress(
      base,
      manifest.text,
      run,
    );
    const entry: CachedDataset = {
      key: await contentKey(run.loader, manifest.text, validators),
      title: dataset.title,
      collections: collectionsOf(dataset),
      fileOf: dataset.fileOf,
      warnings: [...dataset.warnings],
      locations: passageLocations(dataset),
    };
    sendDataset(run, entry, false, {
      versions: withManifest(versions, manifest.etag),
      manifest: listed,
    });
    await run.cache?.put(base, entry);
  } catch (error) {
    run.post({ type: 'failed', failure: failureOf(error) });
  }
}

/** The files' ETags with the manifest's, when it has one. */
function withManifest(versions: Record<string, string>, etag: string | null) {
  return etag === null ? versions : { ...versions, [MANIFEST_FILE]: etag };
}

/**
 * The saved dataset when its key still matches the folder, asking only for headers; with the
 * files' ETags as these headers give them now.
 */
async function savedCopy(
  base: string,
  manifestText: string,
  run: LoadRun,
): Promise<
  { entry: CachedDataset; versions: Record<string, string>; manifest: Manifest } | undefined
> {
  const cache = run.cache;
  // Only the saved key is read here; the saved records only once it matches (`cachedFor`).
  if (!cache || (await cache.keyOf(base)) === undefined) return undefined;
  let manifest: Manifest;
  try {
    const parsed = ManifestSchema.safeParse(JSON.parse(manifestText));
    if (!parsed.success) return undefined;
    manifest = parsed.data;
  } catch {
    return undefined;
  }
  const files = manifest.files;
  const validators = await mapConcurrently(files, CONCURRENT_HEADS, (file) =>
    headValidator(base, file, run.fetch),
  );
  // A file with no ETag nor Last-Modified can only be compared by its text: load as new.
  const known: [string, string][] = [];
  const versions: Record<string, string> = {};
  for (const [i, file] of files.entries()) {
    const validator = validators[i];
    if (validator === null || validator === undefined) return undefined;
    known.push([file, validator]);
    const etag = etagOf(validator);
    if (etag !== null) versions[file] = etag;
  }
  const entry = await cachedFor(cache, base, await contentKey(run.loader, manifestText, known));
  return entry && { entry, versions, manifest };
}

async function loadWithProgress(
  base: string,
  manifestText: string,
  run: LoadRun,
): Promise<{
  dataset: Dataset;
  validators: [string, string][];
  versions: Record<string, string>;
  listed: Manifest;
}> {
  const progress: LoadProgress = {
    stage: 'fetching',
    files: 0,
    filesFetched: 0,
    filesChecked: 0,
    records: 0,
  };
  const byFile = new Map<string, string>();
  const versions: Record<string, string> = {};
  const dataset = await loadDataset(
    async (file) => {
      if (file === MANIFEST_FILE) return manifestText;
      const fetched = await fetchDataFile(base, file, run.fetch);
      byFile.set(file, fetched.validator ?? (await digest(fetched.text)));
      if (fetched.etag !== null) versions[file] = fetched.etag;
      progress.filesFetched += 1;
      if (progress.filesFetched === progress.files) progress.stage = 'checking';
      post(run, progress);
      return fetched.text;
    },
    {
      listed(files) {
        progress.files = files;
        post(run, progress);
      },
      checked(_file, records) {
        progress.filesChecked += 1;
        progress.records += records;
        if (progress.filesChecked === progress.files) progress.stage = 'linking';
        post(run, progress);
      },
    },
  );
  const listed = ManifestSchema.parse(JSON.parse(manifestText));
  const validators = listed.files.map((file): [string, string] => [file, byFile.get(file) ?? '']);
  return { dataset, validators, versions, listed };
}

function post(run: LoadRun, progress: LoadProgress): void {
  run.post({ type: 'progress', progress: { ...progress } });
}

function sendDataset(
  run: LoadRun,
  entry: CachedDataset,
  fromCache: boolean,
  folder: { versions: Record<string, string>; manifest: Manifest },
): void {
  for (const part of partsOf(entry.collections, entry.fileOf)) run.post({ type: 'part', ...part });
  // A copy is handed over, so that the saved entry keeps its own.
  const locations = entry.locations.slice();
  run.post(
    {
      type: 'done',
      title: entry.title,
      warnings: entry.warnings,
      locations,
      fromCache,
      ...folder,
    },
    [locations.buffer],
  );
}

function collectionsOf(dataset: Dataset): Collections {
  return {
    sources: dataset.sources,
    people: dataset.people,
    organizations: dataset.organizations,
    positions: dataset.positions,
    projects: dataset.projects,
    quotes: dataset.quotes,
    events: dataset.events,
    figures: dataset.figures,
    relations: dataset.relations,
  };
}
