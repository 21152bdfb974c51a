import { useQueryClient } from '@tanstack/react-query';
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { DataErrorScreen } from '../components/data-error-screen.tsx';
import { DataFileReadError } from '../domain/load-dataset.ts';
import { DatasetError } from '../domain/problem.ts';
import { DataPathRefusedError } from '../lib/data-source.ts';
import { datasetQueries } from '../lib/dataset-query.ts';

/** Shown in place of a view whose loading or rendering failed; the header stays usable. */
export function RouteErrorScreen({ error }: ErrorComponentProps) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const retry = () => {
    queryClient.removeQueries({ queryKey: datasetQueries.all });
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
      <h1 id="view-error-title">This view failed</h1>
      <p>{(error instanceof Error && error.message) || 'An unexpected error occurred.'}</p>
      <button type="button" onClick={retry}>
        Retry
      </button>
    </section>
  );
}
