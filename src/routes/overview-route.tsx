import { createRoute } from '@tanstack/react-router';
import { OverviewPage } from '../features/overview/overview-page.tsx';
import { loadDatasetIndex } from './load-dataset.ts';
import { rootRoute } from './root-route.tsx';

export const overviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  loader: loadDatasetIndex,
  component: OverviewPage,
});
