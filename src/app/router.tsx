import type { QueryClient } from '@tanstack/react-query';
import {
  createBrowserHistory,
  createRouter,
  type AnyRouter,
  type RouterHistory,
} from '@tanstack/react-router';
import { parseSearch, stringifySearch } from '../lib/search-params.ts';
import { briefingRoute } from '../routes/briefing-route.tsx';
import { companyRoute } from '../routes/company-route.tsx';
import { draftsRoute } from '../routes/drafts-route.tsx';
import { orgRoute } from '../routes/org-route.tsx';
import { overviewRoute } from '../routes/overview-route.tsx';
import { permalinkRoute } from '../routes/permalink-route.tsx';
import { personRoute } from '../routes/person-route.tsx';
import { projectsRoute } from '../routes/projects-route.tsx';
import { quotesRoute } from '../routes/quotes-route.tsx';
import { rootRoute } from '../routes/root-route.tsx';
import { importRoute } from '../routes/import-route.tsx';
import { sourceRoute } from '../routes/source-route.tsx';
import { timelineRoute } from '../routes/timeline-route.tsx';
import { startLoadingDataset } from '../routes/load-dataset.ts';
import { createLinkNoticeStore } from '../lib/link-notice-store.ts';
import { LoadingScreen } from './loading-screen.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { RootLayout } from './root-layout.tsx';
import { RouteErrorScreen } from './route-error-screen.tsx';

// The routes declare the addresses; the app puts its shell around them (routes import no app).
const routeTree = rootRoute
  .update({ component: RootLayout, notFoundComponent: NotFoundPage })
  .addChildren([
    overviewRoute,
    personRoute,
    companyRoute,
    timelineRoute,
    orgRoute,
    projectsRoute,
    quotesRoute,
    importRoute,
    sourceRoute,
    briefingRoute,
    permalinkRoute,
    draftsRoute,
  ]);

/** The search schemas of the routes a path goes through, root first. */
function searchSchemasAt(router: AnyRouter, pathname: string): unknown[] {
  const [routes] = router.getMatchedRoutes(pathname);
  return routes.map((route) => route.options.validateSearch);
}

export function createAppRouter(
  queryClient: QueryClient,
  history: RouterHistory = createBrowserHistory(),
) {
  // Made before the router, so that it sees the link as opened, before the router cleans it.
  const linkNotices = createLinkNoticeStore(history, (pathname) =>
    searchSchemasAt(router, pathname),
  );
  const router = createRouter({
    routeTree,
    history,
    context: { queryClient, linkNotices },
    parseSearch,
    stringifySearch,
    defaultPendingComponent: LoadingScreen,
    defaultErrorComponent: RouteErrorScreen,
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
  });
  return router;
}

/** The app's router, with its first view's data already loading (the page's one boot step). */
export function startAppRouter(queryClient: QueryClient) {
  const router = createAppRouter(queryClient);
  startLoadingDataset(router.options.context, router.state.location);
  return router;
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
