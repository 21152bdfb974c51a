import { queryOptions } from '@tanstack/react-query';
import { buildIndex } from '../domain/dataset-index.ts';
import { DataFileReadError } from '../domain/data-file-read-error.ts';
import type { ReadDataFile } from '../domain/load-dataset.ts';
import { recordFileVersion } from './authoring/file-versions.ts';

/** The built-in data folder, served next to the app. */
export const BUILT_IN_DATA = `${import.meta.env.BASE_URL}data/`;

/** Reads data files over HTTP from a folder URL ending in `/`. */
export function httpDataReader(base: string): ReadDataFile {
  return async (file) => {
    let response: Response;
    try {
      response = await fetch(`${base}${file}`);
    } catch (error) {
      throw new DataFileReadError(
        file,
        `network error${error instanceof Error ? ` (${error.message})` : ''}`,
      );
    }
    if (!response.ok) throw new DataFileReadError(file, `HTTP ${response.status}`);
    // A static server answering a missing file with the app's index.html is still a missing file.
    if ((response.headers.get('content-type') ?? '').includes('text/html')) {
      throw new DataFileReadError(file, 'the server answered with an HTML page, not the file');
    }
    recordFileVersion(base, file, response.headers.get('etag'));
    return response.text();
  };
}

export const datasetQueries = {
  all: ['dataset'] as const,
  detail: (base: string) =>
    queryOptions({
      queryKey: [...datasetQueries.all, base],
      queryFn: async () => {
        // The loading and checking code comes with the data, not with the page: the shell
        // paints while both are on their way.
        const { loadDataset } = await import('../domain/load-dataset.ts');
        return buildIndex(await loadDataset(httpDataReader(base)));
      },
      // A dataset is immutable while the page is open; indexes are built once per folder.
      staleTime: Infinity,
      gcTime: Infinity,
      retry: false,
    }),
};
