import { createRoute } from '@tanstack/react-router';
import { BriefingPage } from '../features/briefing/briefing-page.tsx';
import { loadDatasetIndex } from './load-dataset.ts';
import { rootRoute } from './root-route.tsx';

/** Subjects come from the shared `person` / `company` filter. */
export const briefingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/briefing',
  loader: loadDatasetIndex,
  component: BriefingPage,
});
