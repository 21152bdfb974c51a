import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from '../domain/zod-mini.ts';
import { searchParam } from '../domain/search-values.ts';
import { loadDatasetIndex } from './load-dataset.ts';
import { rootRoute } from './root-route.tsx';

export const orgSearchSchema = z.object({
  /** `YYYY` or `YYYY-MM`, kept as written: the page checks it and says when it is ignored. */
  asof: searchParam(
    z.string().check(z.maxLength(40)),
    'a year (YYYY) or a month (YYYY-MM)',
    'une année (AAAA) ou un mois (AAAA-MM)',
  ),
});

export const orgRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/org',
  validateSearch: orgSearchSchema,
  loader: loadDatasetIndex,
  component: lazyRouteComponent(() => import('../features/org/org-page.tsx'), 'OrgPage'),
});
