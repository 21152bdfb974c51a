import { useQueryClient } from '@tanstack/react-query';
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { DataErrorScreen } from '../components/data-error-screen.tsx';
import { DataFileReadError } from '../domain/data-file-read-error.ts';
import { DatasetError } from '../domain/problem.ts';
import { DataPathRefusedError } from '../lib/data-source.ts';
import { datasetQueries } from '../lib/dataset-query.ts';
import { useMessages } from '../i18n/use-locale.ts';
import { shellMessages } from './messages.ts';

/**
 * Whether a view's code failed to arrive: the network dropped, or a new deploy removed the old
 * chunk. The messages are the browsers' own (Chromium, Firefox, Safari) and Vite's preloader's.
 */
function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return [
    'Failed to fetch dynamically imported module',
    'error loading dynamically imported module',
    'Importing a module script failed',
    'Unable to preload CSS',
  ].some((start) => message.startsWith(start));
}

/**
 * Shown in place of a view whose loading or rendering failed: each view has its own boundary
 * (the router's `errorComponent`), so the header, the navigation and the filter bar stay usable
 * and other views still open. Retry reloads the view: the router asks the lazy route component
 * to import its chunk again, since a failed import is not kept.
 */
export function RouteErrorScreen({ error }: ErrorComponentProps) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const m = useMessages(shellMessages);
  const retry = () => {
    // Only a data error needs the data fetched again; a broken view keeps the loaded data.
    if (error instanceof DatasetError || error instanceof DataFileReadError) {
      queryClient.removeQueries({ queryKey: datasetQueries.all });
    }
    void router.invalidate();
  };

  if (error instanceof DataPathRefusedError) {
    return (
      <DataErrorScreen
        problems={[{ file: error.value, record: null, path: 'data', message: error.message }]}
      />
    );
  }
  if (error instanceof DatasetError)
    return <DataErrorScreen problems={error.problems} onRetry={retry} />;
  if (error instanceof DataFileReadError) {
    return (
      <DataErrorScreen
        problems={[{ file: error.file, record: null, path: '', message: error.message }]}
        onRetry={retry}
      />
    );
  }
  return (
    <section className="error-screen" role="alert" aria-labelledby="view-error-title">
      <h1 id="view-error-title">{m.viewFailed}</h1>
      <p>
        {isChunkLoadError(error)
          ? m.viewCodeMissing
          : (error instanceof Error && error.message) || m.unexpectedError}
      </p>
      <button type="button" onClick={retry}>
        {m.retry}
      </button>
    </section>
  );
}
