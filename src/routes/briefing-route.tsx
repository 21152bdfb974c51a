import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { loadDatasetIndex } from './load-dataset.ts';
import { rootRoute } from './root-route.tsx';

/** Subjects come from the shared `person` / `company` filter. */
export const briefingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/briefing',
  loader: loadDatasetIndex,
  component: lazyRouteComponent(
    () => import('../features/briefing/briefing-page.tsx'),
    'BriefingPage',
  ),
});
