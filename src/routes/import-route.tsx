import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { loadDatasetIndex } from './load-dataset.ts';
import { rootRoute } from './root-route.tsx';

/** The import page: a text in, a source draft out (its id must not collide with the folder's). */
export const importRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sources/new',
  loader: loadDatasetIndex,
  component: lazyRouteComponent(
    () => import('../features/authoring/import/import-page.tsx'),
    'ImportPage',
  ),
});
