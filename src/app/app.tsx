import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useState } from 'react';
import { LocaleProvider } from '../i18n/locale-provider.tsx';
import { createAppRouter, type AppRouter } from './router.tsx';

/** The app around a router: the one `main.tsx` started, or one of its own (tests). */
export function App({
  queryClient,
  router: given,
}: {
  queryClient: QueryClient;
  router?: AppRouter;
}) {
  const [router] = useState(() => given ?? createAppRouter(queryClient));
  return (
    <LocaleProvider>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </LocaleProvider>
  );
}
