import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from '../domain/zod-mini.ts';
import { searchParam } from '../domain/search-values.ts';
import { loadDatasetIndex } from './load-dataset.ts';
import { rootRoute } from './root-route.tsx';
import { initialLocale } from '../i18n/locale.ts';

export const timelineSearchSchema = z.object({
  /** The item whose details are open. */
  item: searchParam(
    z.string().check(z.maxLength(200)),
    'a record id of at most 200 characters',
    'un identifiant d’au plus 200 caractères',
  ),
});

export const timelineRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/timeline',
  validateSearch: timelineSearchSchema,
  // The timeline of every record is built in slices before the view renders (the page answers
  // input and draws the loading bar meanwhile), so its first render only applies the filter.
  loader: async (match) => {
    const [index, { prepareTimeline }] = await Promise.all([
      loadDatasetIndex(match),
      import('../features/timeline/timeline-model.ts'),
    ]);
    await prepareTimeline(index, initialLocale());
    return index;
  },
  component: lazyRouteComponent(
    () => import('../features/timeline/timeline-page.tsx'),
    'TimelinePage',
  ),
});
