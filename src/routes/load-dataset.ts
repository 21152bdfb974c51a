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

/**
 * Starts the dataset of the page's first address loading at once, before the first render and
 * while the view's code downloads: the worker then fetches and checks the folder beside the
 * page's own start, and the view's loader later finds the same load under way (one query per
 * folder). A `?data=` the loaders refuse is left to them, to show why.
 */
export function startLoadingDataset(context: RouterContext, location: ParsedLocation): void {
  try {
    // Its outcome, data or problem, is the loader's to show.
    loadDatasetIndex({ context, location }).catch(() => undefined);
  } catch {
    // A refused folder: the loader throws the same and the error screen says why.
  }
}
