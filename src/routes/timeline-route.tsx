import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from '../domain/zod-mini.ts';
import { searchParam } from '../domain/search-values.ts';
import { loadDatasetIndex } from './load-dataset.ts';
import { rootRoute } from './root-route.tsx';

export const timelineSearchSchema = z.object({
  /** The item whose details are open. */
  item: searchParam(
    z.string().check(z.maxLength(200)),
    'a record id of at most 200 characters',
    'un identifiant d’au plus 200 caractères',
  ),
});

export const timelineRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/timeline',
  validateSearch: timelineSearchSchema,
  loader: loadDatasetIndex,
  component: lazyRouteComponent(
    () => import('../features/timeline/timeline-page.tsx'),
    'TimelinePage',
  ),
});
