import { queryOptions } from '@tanstack/react-query';
import { buildIndex } from '../domain/dataset-index.ts';
import { fetchDataFile } from './data-file-fetch.ts';
import type { ReadDataFile } from '../domain/load-dataset.ts';
import { recordFileVersion, recordManifest } from './authoring/file-versions.ts';
import { MANIFEST_FILE } from '../domain/load-dataset.ts';
import { ManifestSchema } from '../domain/records.ts';

function parseJsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The built-in data folder, served next to the app. */
export const BUILT_IN_DATA = `${import.meta.env.BASE_URL}data/`;

/** Reads data files over HTTP from a folder URL ending in `/`. */
export function httpDataReader(base: string): ReadDataFile {
  return async (file) => {
    const fetched = await fetchDataFile(base, file);
    recordFileVersion(base, file, fetched.etag);
    if (file === MANIFEST_FILE) {
      const manifest = ManifestSchema.safeParse(parseJsonOrNull(fetched.text));
      if (manifest.success) recordManifest(base, manifest.data);
    }
    return fetched.text;
  };
}

export const datasetQueries = {
  all: ['dataset'] as const,
  detail: (base: string) =>
    queryOptions({
      queryKey: [...datasetQueries.all, base],
      queryFn: async () => {
        // Loading and checking run in a worker, off the page's thread; its code and this
        // client's come with the data, not with the page. Where there are no workers (the
        // unit tests' DOM), the same loader runs here.
        if (typeof Worker !== 'undefined') {
          const { loadIndexInWorker } = await import('./dataset-worker-client.ts');
          return loadIndexInWorker(base);
        }
        const { loadDataset } = await import('../domain/load-dataset.ts');
        return buildIndex(await loadDataset(httpDataReader(base)));
      },
      // A dataset is immutable while the page is open; indexes are built once per folder.
      staleTime: Infinity,
      gcTime: Infinity,
      retry: false,
    }),
};
