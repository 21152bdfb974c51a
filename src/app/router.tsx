import type { QueryClient } from '@tanstack/react-query';
import { createRouter, type RouterHistory } from '@tanstack/react-router';
import { overviewRoute } from '../routes/overview-route.tsx';
import { rootRoute } from '../routes/root-route.tsx';
import { sourceRoute } from '../routes/source-route.tsx';
import { LoadingScreen } from './loading-screen.tsx';
import { RouteErrorScreen } from './route-error-screen.tsx';

const routeTree = rootRoute.addChildren([overviewRoute, sourceRoute]);

export function createAppRouter(queryClient: QueryClient, history?: RouterHistory) {
  return createRouter({
    routeTree,
    ...(history ? { history } : {}),
    context: { queryClient },
    defaultPendingComponent: LoadingScreen,
    defaultErrorComponent: RouteErrorScreen,
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
