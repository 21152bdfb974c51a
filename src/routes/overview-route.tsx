import { createRoute } from '@tanstack/react-router';
import { OverviewPage } from '../features/overview/overview-page.tsx';
import { BUILT_IN_DATA, datasetQueries } from '../lib/dataset-query.ts';
import { rootRoute } from './root-route.tsx';

export const overviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  loader: ({ context }) =>
    context.queryClient.ensureQueryData(datasetQueries.detail(BUILT_IN_DATA)),
  component: OverviewPage,
});
