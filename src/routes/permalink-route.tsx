import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { permalinkRedirect } from '../features/permalinks/permalink-target.ts';
import { loadDatasetIndex } from './load-dataset.ts';
import { rootRoute } from './root-route.tsx';

/** `/r/<id>`: a record's stable address, sent on to its view; the page shows only for an unknown id. */
export const permalinkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/r/$recordId',
  loader: async ({ context, location, params }) => {
    const index = await loadDatasetIndex({ context, location });
    const entry = index.byId.get(params.recordId);
    if (entry) throw permalinkRedirect(entry);
  },
  component: lazyRouteComponent(
    () => import('../features/permalinks/unknown-record-page.tsx'),
    'UnknownRecordPage',
  ),
});
