import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from '../domain/zod.ts';
import { IdSchema } from '../domain/records.ts';
import { loadDatasetIndex } from './load-dataset.ts';
import { rootRoute } from './root-route.tsx';

export const quotesSearchSchema = z.object({
  q: z.string().max(200).optional().catch(undefined).describe('a search of at most 200 characters'),
  /** A quote to show first, highlighted: a permalink's target. */
  quote: IdSchema.optional().catch(undefined).describe('a quote id'),
});

export const quotesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/quotes',
  validateSearch: quotesSearchSchema,
  loader: loadDatasetIndex,
  component: lazyRouteComponent(() => import('../features/quotes/quotes-page.tsx'), 'QuotesPage'),
});
