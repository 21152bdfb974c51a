import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from '../domain/zod.ts';
import { loadDatasetIndex } from './load-dataset.ts';
import { rootRoute } from './root-route.tsx';
import { expects } from '../domain/search-expectation.ts';

export const timelineSearchSchema = z.object({
  /** The item whose details are open. */
  item: z
    .string()
    .max(200)
    .optional()
    .catch(undefined)
    .meta(
      expects('a record id of at most 200 characters', 'un identifiant d’au plus 200 caractères'),
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
