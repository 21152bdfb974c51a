import { createRoute } from '@tanstack/react-router';
import { CompanyPage } from '../features/profiles/company-page.tsx';
import { loadDatasetIndex } from './load-dataset.ts';
import { rootRoute } from './root-route.tsx';

export const companyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/companies/$companyId',
  loader: loadDatasetIndex,
  component: CompanyPage,
});
