import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from '../domain/zod.ts';
import { IdSchema } from '../domain/records.ts';
import { loadDatasetIndex } from './load-dataset.ts';
import { rootRoute } from './root-route.tsx';
import { expects } from '../domain/search-expectation.ts';

/**
 * `record`: the record whose passages to show; `at`: a point in the text (`p3-120`); `mode`:
 * `annotate` to make records from selections.
 */
export const sourceSearchSchema = z.object({
  record: IdSchema.optional()
    .catch(undefined)
    .meta(expects('a record id', 'un identifiant d’enregistrement')),
  at: z
    .string()
    .regex(/^p\d{1,6}-\d{1,7}$/)
    .optional()
    .catch(undefined)
    .meta(expects('a point in the text, like p3-120', 'un point du texte, comme p3-120')),
  /** `annotate`: selections in the text become records. */
  mode: z
    .enum(['annotate'])
    .optional()
    .catch(undefined)
    .meta(expects('the mode “annotate”', 'le mode «\u00a0annotate\u00a0»')),
});

export const sourceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sources/$sourceId',
  validateSearch: sourceSearchSchema,
  loader: loadDatasetIndex,
  component: lazyRouteComponent(() => import('./source-page.tsx'), 'SourcePage'),
});
