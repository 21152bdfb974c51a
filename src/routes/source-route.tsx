import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from '../domain/zod.ts';
import { IdSchema } from '../domain/records.ts';
import { loadDatasetIndex } from './load-dataset.ts';
import { rootRoute } from './root-route.tsx';

/** `record`: the record whose passages to show; `at`: a point in the text (`p3-120`). */
export const sourceSearchSchema = z.object({
  record: IdSchema.optional().catch(undefined).describe('a record id'),
  at: z
    .string()
    .regex(/^p\d{1,6}-\d{1,7}$/)
    .optional()
    .catch(undefined)
    .describe('a point in the text, like p3-120'),
});

export const sourceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sources/$sourceId',
  validateSearch: sourceSearchSchema,
  loader: loadDatasetIndex,
  component: lazyRouteComponent(
    () => import('../features/sources/source-route-page.tsx'),
    'SourceRoutePage',
  ),
});
