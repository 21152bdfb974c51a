import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, retainSearchParams } from '@tanstack/react-router';
import { NotFoundPage } from '../app/not-found-page.tsx';
import type { LinkNoticeStore } from '../app/link-notice-store.ts';
import { RootLayout } from '../app/root-layout.tsx';
import { FilterSearchSchema } from '../domain/filter.ts';

export interface RouterContext {
  queryClient: QueryClient;
  /** What the link that opened the view asked for and did not get. */
  linkNotices: LinkNoticeStore;
}

/** Every view reads the same person/company/voice filter from the URL. */
export const rootRoute = createRootRouteWithContext<RouterContext>()({
  validateSearch: FilterSearchSchema,
  // Any link keeps the filter and the data folder unless it sets them itself.
  search: { middlewares: [retainSearchParams(['person', 'company', 'voice', 'data'])] },
  component: RootLayout,
  notFoundComponent: NotFoundPage,
});
