import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, retainSearchParams } from '@tanstack/react-router';
import type { LinkNoticeStore } from '../lib/link-notice-store.ts';
import { FILTER_KEYS, FilterSearchSchema } from '../domain/filter.ts';

export interface RouterContext {
  queryClient: QueryClient;
  /** What the link that opened the view asked for and did not get. */
  linkNotices: LinkNoticeStore;
}

/**
 * Every view reads the same person/company/voice filter from the URL. The shell around the views
 * (its layout and not-found page) belongs to the app, which sets it: see app/router.tsx.
 */
export const rootRoute = createRootRouteWithContext<RouterContext>()({
  validateSearch: FilterSearchSchema,
  // Any link keeps the filter and the data folder unless it sets them itself.
  search: { middlewares: [retainSearchParams([...FILTER_KEYS])] },
});
