import type { ParsedLocation } from '@tanstack/react-router';
import { datasetQueries } from '../lib/dataset-query.ts';
import { dataBaseOf } from '../lib/data-source.ts';
import type { RouterContext } from './root-route.tsx';

/** Every view's loader: the indexed dataset of `?data=` (or the built-in one), fetched once. */
export function loadDatasetIndex({
  context,
  location,
}: {
  context: RouterContext;
  location: ParsedLocation;
}) {
  const data: unknown = Reflect.get(location.search, 'data');
  return context.queryClient.ensureQueryData(
    datasetQueries.detail(dataBaseOf(typeof data === 'string' ? data : undefined)),
  );
}
