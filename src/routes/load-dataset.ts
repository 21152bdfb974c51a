import type { RouterContext } from './root-route.tsx';
import { BUILT_IN_DATA, datasetQueries } from '../lib/dataset-query.ts';

/** Every view's loader: the indexed dataset, fetched once and cached for the session. */
export function loadDatasetIndex({ context }: { context: RouterContext }) {
  return context.queryClient.ensureQueryData(datasetQueries.detail(BUILT_IN_DATA));
}
