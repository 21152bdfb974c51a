import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from '../domain/zod-mini.ts';
import { searchParam, SearchIdSchema } from '../domain/search-values.ts';
import { loadDatasetIndex } from './load-dataset.ts';
import { rootRoute } from './root-route.tsx';

/**
 * `record`: the record whose passages to show; `at`: a point in the text (`p3-120`); `mode`:
 * `annotate` to make records from selections.
 */
export const sourceSearchSchema = z.object({
  record: searchParam(SearchIdSchema, 'a record id', 'un identifiant d’enregistrement'),
  at: searchParam(
    z.string().check(z.regex(/^p\d{1,6}-\d{1,7}$/)),
    'a point in the text, like p3-120',
    'un point du texte, comme p3-120',
  ),
  /** `annotate`: selections in the text become records. */
  mode: searchParam(z.enum(['annotate']), 'the mode “annotate”', 'le mode «\u00a0annotate\u00a0»'),
});

export const sourceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sources/$sourceId',
  validateSearch: sourceSearchSchema,
  loader: loadDatasetIndex,
  component: lazyRouteComponent(() => import('./source-page.tsx'), 'SourcePage'),
});
