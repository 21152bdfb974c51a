import { queryOptions } from '@tanstack/react-query';
import { startLoadWorker } from './dataset-worker-start.ts';

/** The built-in data folder, served next to the app. */
export const BUILT_IN_DATA = `${import.meta.env.BASE_URL}data/`;

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
          // The worker starts now; the code that receives its parts follows.
          const started = startLoadWorker(base);
          try {
            const { loadIndexInWorker } = await import('./dataset-worker-client.ts');
            return await loadIndexInWorker(base, started);
          } catch (error) {
            started.worker.terminate();
            throw error;
          }
        }
        const [{ loadDataset }, { buildIndex }, { httpDataReader }] = await Promise.all([
          import('../domain/load-dataset.ts'),
          import('../domain/dataset-index.ts'),
          import('./http-data-reader.ts'),
        ]);
        return buildIndex(await loadDataset(httpDataReader(base)));
      },
      // A dataset is immutable while the page is open; indexes are built once per folder.
      staleTime: Infinity,
      gcTime: Infinity,
      retry: false,
    }),
};
