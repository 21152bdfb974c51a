import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { loadDatasetIndex } from './load-dataset.ts';
import { rootRoute } from './root-route.tsx';
import { dataBaseOf } from '../lib/data-source.ts';
import { draftedRecord } from '../lib/authoring/use-drafts.ts';

/** `/r/<id>`: a record's stable address, sent on to its view; the page shows only for an unknown id. */
export const permalinkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/r/$recordId',
  loader: async ({ context, location, params }) => {
    const index = await loadDatasetIndex({ context, location });
    const data: unknown = Reflect.get(location.search, 'data');
    // A record not saved yet is found among the drafts: the views show it with them applied.
    const entry =
      index.byId.get(params.recordId) ??
      (await draftedRecord(
        dataBaseOf(typeof data === 'string' ? data : undefined),
        params.recordId,
      ));
    if (!entry) return;
    // Loaded with the data (it reads the registry, as the loader does), not with the page.
    const { permalinkRedirect } = await import('../features/permalinks/permalink-target.ts');
    throw permalinkRedirect(entry);
  },
  component: lazyRouteComponent(
    () => import('../features/permalinks/unknown-record-page.tsx'),
    'UnknownRecordPage',
  ),
});
