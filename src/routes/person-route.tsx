import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { loadDatasetIndex } from './load-dataset.ts';
import { rootRoute } from './root-route.tsx';

export const personRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/people/$personId',
  loader: loadDatasetIndex,
  component: lazyRouteComponent(() => import('../features/profiles/person-page.tsx'), 'PersonPage'),
});
