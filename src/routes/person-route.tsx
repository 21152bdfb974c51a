import { createRoute } from '@tanstack/react-router';
import { PersonPage } from '../features/profiles/person-page.tsx';
import { loadDatasetIndex } from './load-dataset.ts';
import { rootRoute } from './root-route.tsx';

export const personRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/people/$personId',
  loader: loadDatasetIndex,
  component: PersonPage,
});
