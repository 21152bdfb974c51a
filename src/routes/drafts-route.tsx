import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { loadDatasetIndex } from './load-dataset.ts';
import { rootRoute } from './root-route.tsx';

/** `/drafts`: the unsaved changes, their check, and the save. */
export const draftsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/drafts',
  loader: loadDatasetIndex,
  component: lazyRouteComponent(
    () => import('../features/authoring/drafts/drafts-page.tsx'),
    'DraftsPage',
  ),
});
