import type { Problem } from '../domain/problem.ts';
import { ProblemTable } from './problem-table.tsx';

interface DataErrorScreenProps {
  problems: readonly Problem[];
  onRetry?: () => void;
}

/** Names every problem by file, record and field, so the data can be fixed by hand. */
export function DataErrorScreen({ problems, onRetry }: DataErrorScreenProps) {
  return (
    <section className="error-screen" role="alert" aria-labelledby="data-error-title">
      <h1 id="data-error-title">The data could not be loaded</h1>
      <p>
        {problems.length === 1
          ? 'One problem was found in the data folder.'
          : `${problems.length} problems were found in the data folder.`}{' '}
        Nothing is shown until they are fixed, so that no view displays records that fail their
        checks. The same list comes from <code>npm run check-data</code>.
      </p>
      <ProblemTable problems={problems} caption="Problems in the data" />
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Retry
        </button>
      )}
    </section>
  );
}
