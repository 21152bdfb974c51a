import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from '../domain/zod.ts';
import { IdSchema } from '../domain/records.ts';
import { loadDatasetIndex } from './load-dataset.ts';
import { rootRoute } from './root-route.tsx';
import { expects } from '../domain/search-expectation.ts';

export const quotesSearchSchema = z.object({
  q: z
    .string()
    .max(200)
    .optional()
    .catch(undefined)
    .meta(expects('a search of at most 200 characters', 'une recherche d’au plus 200 caractères')),
  /** Only the quotes with this topic (a topic tag's link). */
  topic: IdSchema.optional()
    .catch(undefined)
    .meta(expects('a topic id', 'un identifiant de thème')),
  /** A quote to show first, highlighted: a permalink's target. */
  quote: IdSchema.optional()
    .catch(undefined)
    .meta(expects('a quote id', 'un identifiant de citation')),
});

export const quotesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/quotes',
  validateSearch: quotesSearchSchema,
  loader: loadDatasetIndex,
  component: lazyRouteComponent(() => import('../features/quotes/quotes-page.tsx'), 'QuotesPage'),
});
