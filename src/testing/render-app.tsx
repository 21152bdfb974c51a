import { QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { createAppRouter } from '../app/router.tsx';
import type { Locale } from '../i18n/locale.ts';
import { LocaleProvider } from '../i18n/locale-provider.tsx';
import { createQueryClient } from '../lib/query-client.ts';
import { builtInDataFiles, type DataFiles } from './data-folder.ts';

/** Serves a data folder from memory in place of the network, at `folder` (`/data/` by default). */
export function stubDataFetch(files: DataFiles, folder = '/data/'): void {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const { pathname } = new URL(url, 'http://localhost/');
    const text = pathname.startsWith(folder) ? files.get(pathname.slice(folder.length)) : undefined;
    return text === undefined
      ? new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } })
      : new Response(text, { status: 200, headers: { 'content-type': 'application/json' } });
  });
}

/**
 * Renders the whole app at a URL, on the built-in data unless told otherwise, in English unless
 * told otherwise. The files are served at `/data/`, or at `folder` for a `?data=` test.
 */
export function renderApp(
  url: string,
  files: DataFiles = builtInDataFiles(),
  { locale = 'en', folder }: { locale?: Locale; folder?: string } = {},
) {
  stubDataFetch(files, folder);
  const router = createAppRouter(
    createQueryClient(),
    createMemoryHistory({ initialEntries: [url] }),
  );
  const user = userEvent.setup();
  render(
    <LocaleProvider locale={locale}>
      <QueryClientProvider client={router.options.context.queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </LocaleProvider>,
  );
  return { router, user };
}
