import { createRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { QuotesPage } from '../features/quotes/quotes-page.tsx';
import { loadDatasetIndex } from './load-dataset.ts';
import { rootRoute } from './root-route.tsx';

export const quotesSearchSchema = z.object({
  q: z.string().max(200).optional().catch(undefined),
});

export const quotesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/quotes',
  validateSearch: quotesSearchSchema,
  loader: loadDatasetIndex,
  component: QuotesPage,
});
