import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from '../domain/zod.ts';
import { loadDatasetIndex } from './load-dataset.ts';
import { rootRoute } from './root-route.tsx';

export const timelineSearchSchema = z.object({
  /** The item whose details are open. */
  item: z
    .string()
    .max(200)
    .optional()
    .catch(undefined)
    .describe('a record id of at most 200 characters'),
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
