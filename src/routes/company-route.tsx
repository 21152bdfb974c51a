import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { loadDatasetIndex } from './load-dataset.ts';
import { rootRoute } from './root-route.tsx';

export const companyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/companies/$companyId',
  loader: loadDatasetIndex,
  component: lazyRouteComponent(
    () => import('../features/profiles/company-page.tsx'),
    'CompanyPage',
  ),
});
