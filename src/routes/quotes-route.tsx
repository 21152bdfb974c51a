import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from '../domain/zod-mini.ts';
import { searchParam, SearchIdSchema } from '../domain/search-values.ts';
import { loadDatasetIndex } from './load-dataset.ts';
import { rootRoute } from './root-route.tsx';

export const quotesSearchSchema = z.object({
  q: searchParam(
    z.string().check(z.maxLength(200)),
    'a search of at most 200 characters',
    'une recherche d’au plus 200 caractères',
  ),
  /** Only the quotes with this topic (a topic tag's link). */
  topic: searchParam(SearchIdSchema, 'a topic id', 'un identifiant de thème'),
  /** A quote to show first, highlighted: a permalink's target. */
  quote: searchParam(SearchIdSchema, 'a quote id', 'un identifiant de citation'),
});

export const quotesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/quotes',
  validateSearch: quotesSearchSchema,
  loader: loadDatasetIndex,
  component: lazyRouteComponent(() => import('../features/quotes/quotes-page.tsx'), 'QuotesPage'),
});
