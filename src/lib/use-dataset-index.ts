import { useQuery, useSuspenseQuery, type UseQueryResult } from '@tanstack/react-query';
import { useSearch } from '@tanstack/react-router';
import type { DatasetIndex } from '../domain/dataset-index.ts';
import { dataBaseOf } from './data-source.ts';
import { datasetQueries } from './dataset-query.ts';

/** The folder the URL asks for; route loaders have already refused a bad one. */
function useDataBase(): string {
  const { data } = useSearch({ from: '__root__' });
  return dataBaseOf(data);
}

/** The indexed dataset; route loaders have already fetched it, so this does not suspend. */
export function useDatasetIndex(): DatasetIndex {
  return useSuspenseQuery(datasetQueries.detail(useDataBase())).data;
}

/** The dataset when it is there, for the chrome around the views (the filter bar). */
export function useDatasetIndexIfLoaded(): UseQueryResult<DatasetIndex> {
  const { data } = useSearch({ from: '__root__' });
  let base: string | null;
  try {
    base = dataBaseOf(data);
  } catch {
    base = null;
  }
  return useQuery({ ...datasetQueries.detail(base ?? ''), enabled: base !== null });
}
