import { useSuspenseQuery } from '@tanstack/react-query';
import type { DatasetIndex } from '../domain/dataset-index.ts';
import { BUILT_IN_DATA, datasetQueries } from './dataset-query.ts';

/** The indexed dataset; route loaders have already fetched it, so this does not suspend. */
export function useDatasetIndex(): DatasetIndex {
  return useSuspenseQuery(datasetQueries.detail(BUILT_IN_DATA)).data;
}
